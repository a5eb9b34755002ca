import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// The customer's Changes tab: what changed, field by field, and the preferred courier that the
// owner of scenario 5 sets for a customer whose orders she drives herself.

let t: TestCore;
afterEach(() => t?.close());

async function courier(name: string, active = true) {
  const made = await t.ok('couriers.create', { name, kind: 'own_driver', costPerDelivery: 30_000 });
  if (!active) await t.ok('couriers.update', { id: made.id, active: false });
  return made;
}

describe('customer changes', () => {
  it('sets a preferred courier only among active ones, and says so beside the field', async () => {
    t = makeCore();
    await setupOwner(t);
    const ivan = await courier('Ivan');
    const retired = await courier('Pyotr', false);
    const { id } = await t.ok('customers.create', { name: 'Anna', phones: [{ raw: '+7 916 111-22-33' }] });

    const refused = await t.call('customers.update', { id, preferredCourierId: retired.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.issues).toEqual([
        { path: 'preferredCourierId', message: 'Pick an active courier.' },
      ]);
    }
    const missing = await t.call('customers.update', { id, preferredCourierId: 9999 });
    expect(missing.ok).toBe(false);
    expect((await t.ok('customers.card', { id })).customer.preferredCourier).toBeNull();

    await t.ok('customers.update', { id, preferredCourierId: ivan.id, deliveryNotes: 'Gate code 45' });
    const card = await t.ok('customers.card', { id });
    expect(card.customer.preferredCourier).toEqual({ id: ivan.id, name: 'Ivan' });
    expect(card.customer.deliveryNotes).toBe('Gate code 45');
  });

  it('lists, per update, each changed field with its value before and after', async () => {
    t = makeCore();
    await setupOwner(t);
    const ivan = await courier('Ivan');
    const { id } = await t.ok('customers.create', { name: 'Anna', phones: [{ raw: '+7 916 111-22-33' }] });
    await signInAsOperator(t);
    t.clock.now += 60_000;
    await t.ok('customers.update', {
      id,
      phones: [{ raw: '+7 925 444-55-66' }],
      doubtful: true,
      preferredCourierId: ivan.id,
    });

    const history = await t.ok('customers.history', { id, tab: 'changes' });
    expect(history.total).toBe(2);
    const [update, create] = history.rows;
    expect(update).toMatchObject({ title: 'update', detail: 'Oleg Operator' });
    expect(update!.changes).toEqual([
      { field: 'doubtful', before: false, after: true },
      { field: 'preferredCourier', before: null, after: 'Ivan' },
      {
        field: 'phones',
        before: [{ raw: '+7 916 111-22-33', kind: 'mobile', verified: false }],
        after: [{ raw: '+7 925 444-55-66', kind: 'mobile', verified: false }],
      },
    ]);
    // A creation lists what the record started with, not every empty field.
    expect(create).toMatchObject({ title: 'create', detail: 'Olga Owner' });
    expect(create!.changes.map((change) => change.field)).toEqual(['name', 'phones']);
  });

  it('shows a blocklist entry added and lifted for the customer among the changes', async () => {
    t = makeCore();
    await setupOwner(t);
    const { id } = await t.ok('customers.create', { name: 'Anna', phones: [{ raw: '+7 916 111-22-33' }] });
    const entry = await t.ok('blocklist.add', {
      kind: 'phone',
      value: '+7 916 111-22-33',
      action: 'prepayment',
      reason: 'Refused two parcels',
      customerId: id,
    });
    t.clock.now += 60_000;
    await t.ok('blocklist.lift', { id: entry.id, reason: 'Paid for both' });

    const rows = (await t.ok('customers.history', { id, tab: 'changes' })).rows;
    expect(rows.map((row) => row.title)).toEqual(['block_lifted', 'block_added', 'create']);
    expect(rows[1]!.changes).toEqual([
      {
        field: 'blocklist',
        before: null,
        after: { action: 'prepayment', kind: 'phone', value: '+7 916 111-22-33' },
      },
      { field: 'reason', before: null, after: 'Refused two parcels' },
    ]);
    expect(rows[0]!.changes).toEqual([
      {
        field: 'blocklist',
        before: { action: 'prepayment', kind: 'phone', value: '+7 916 111-22-33' },
        after: null,
      },
      { field: 'reason', before: null, after: 'Paid for both' },
    ]);
  });
});
