import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 18, point 2: entries matched only the customer's current details. An operator replaced a
// blocked customer's phone and the order the block had refused was accepted — while the owner's
// entry, made for that very customer, stayed active.

let t: TestCore;
afterEach(() => t?.close());

const order = (customerId: number) => ({
  customerId,
  items: [{ title: 'Monitor', quantity: 1, unitPrice: 1_500_000 }],
  paymentMethod: 'cash_on_delivery' as const,
  deliveryMethod: 'own_courier' as const,
});

async function blockedCustomer(linked: boolean) {
  t = makeCore();
  await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Arkady', phones: [{ raw: '+7 926 777 88 99' }] });
  await t.ok('blocklist.add', {
    kind: 'phone',
    value: '+7 926 777 88 99',
    action: 'block',
    reason: 'Refused three cash-on-delivery parcels',
    ...(linked ? { customerId: customer.id } : {}),
  });
  return customer.id;
}

describe('a block cannot be edited away', () => {
  it('refuses an operator who replaces or removes a blocked phone, changing nothing', async () => {
    for (const linked of [true, false]) {
      const id = await blockedCustomer(linked);
      await signInAsOperator(t);
      for (const phones of [[{ raw: '+7 926 000 00 01' }], []]) {
        const refused = await t.call('customers.update', { id, phones });
        expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        if (!refused.ok) expect(refused.error.message).toContain('only the owner can change or remove it');
      }
      const card = await t.ok('customers.card', { id });
      expect(card.customer.phones.map((p) => p.e164)).toEqual(['+79267778899']);
      expect(await t.call('orders.create', order(id))).toMatchObject({
        error: { code: 'BLOCKED_BY_POLICY' },
      });
      // Other details are the operator's to edit.
      await t.ok('customers.update', { id, deliveryNotes: 'Ring twice' });
      t.close();
    }
  });

  it('keeps an entry made for the customer on them after the owner changes the phone', async () => {
    const id = await blockedCustomer(true);
    await t.ok('customers.update', { id, phones: [{ raw: '+7 926 000 00 01' }] });
    const card = await t.ok('customers.card', { id });
    expect(card.verdict).toBe('blocked');
    expect(card.hits.map((h) => h.entryValue)).toEqual(['+7 926 777 88 99']);
    await signInAsOperator(t);
    expect(await t.call('orders.create', order(id))).toMatchObject({ error: { code: 'BLOCKED_BY_POLICY' } });
  });
});
