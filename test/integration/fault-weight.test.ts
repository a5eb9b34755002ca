import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 16, point 7: the shop chose to remake a loyal customer's monogram order for free (her own
// mistake, scenario 19), and her call-desk verdict turned CAUTION. The owner can now say a
// customer-fault incident is not held against the customer; the verdict then does not count it.

let t: TestCore;
afterEach(() => t?.close());

async function twoOfHerMistakes() {
  t = makeCore();
  await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Marina', phones: [{ raw: '+7 916 555 44 33' }] });
  const ids: number[] = [];
  for (const cause of ['customer_personalization_error', 'complaint_after_not_checking'] as const) {
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause,
      fault: 'customer',
      customerId: customer.id,
      costs: [{ kind: 'reshipment_goods', amount: 240_000 }],
    });
    ids.push(incident.id);
  }
  return { customerId: customer.id, monogram: ids[0]! };
}

const incidentsSignal = async (customerId: number) => {
  const card = await t.ok('customers.card', { id: customerId });
  return { verdict: card.verdict, signal: card.signals.find((s) => s.rule === 'customer_fault_incidents') };
};

describe('a customer-fault incident not held against the customer', () => {
  it('the owner marks the remake as not held against her: the caution goes, the loss stays', async () => {
    const { customerId, monogram } = await twoOfHerMistakes();
    // Two incidents by her fault in a year (the default threshold): caution.
    expect(await incidentsSignal(customerId)).toMatchObject({
      verdict: 'caution',
      signal: { level: 'caution', facts: { incidents: 2 } },
    });
    expect((await t.ok('customers.attention', { limit: 50 })).rows.map((r) => r.id)).toContain(customerId);

    const before = await t.ok('incidents.get', { id: monogram });
    expect(before.incident.notHeldAgainstCustomer).toBe(false);
    const after = await t.ok('incidents.update', {
      id: monogram,
      expectedUpdatedAt: before.incident.updatedAt,
      notHeldAgainstCustomer: true,
    });
    expect(after.incident).toMatchObject({ notHeldAgainstCustomer: true, fault: 'customer', net: 240_000 });
    expect(after.timeline.at(-1)).toMatchObject({
      by: OWNER.ownerName,
      changes: [{ field: 'notHeldAgainstCustomer', before: false, after: true }],
    });

    // One incident counts now: under the threshold, no caution; she is off the attention list.
    const now = await incidentsSignal(customerId);
    expect(now.verdict).not.toBe('caution');
    expect(now.signal).toBeUndefined();
    expect((await t.ok('customers.attention', { limit: 50 })).rows.map((r) => r.id)).not.toContain(
      customerId,
    );
    // Her card's list shows which one is not counted; the money is still her loss.
    const listed = await t.ok('incidents.list', { customerId });
    expect(listed.rows.map((r) => [r.id, r.countsAgainstCustomer])).toEqual(
      expect.arrayContaining([
        [monogram, false],
        [expect.any(Number), true],
      ]),
    );
    expect((await t.ok('customers.card', { id: customerId })).stats.losses).toBe(480_000);

    // With "all incidents" counted, it is left out as well.
    await t.ok('settings.update', { risk: { incidentsCounted: 'all_incidents' } });
    expect((await incidentsSignal(customerId)).signal).toBeUndefined();
  });

  it('is the owner’s decision: an operator is refused, and nothing is written', async () => {
    const { customerId, monogram } = await twoOfHerMistakes();
    await signInAsOperator(t);
    const before = await t.ok('incidents.get', { id: monogram });
    const refused = await t.call('incidents.update', {
      id: monogram,
      expectedUpdatedAt: before.incident.updatedAt,
      notHeldAgainstCustomer: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = await t.ok('incidents.get', { id: monogram });
    expect(after.incident).toMatchObject({
      notHeldAgainstCustomer: false,
      updatedAt: before.incident.updatedAt,
    });
    expect((await incidentsSignal(customerId)).verdict).toBe('caution');
  });

  it('only an incident by the customer’s fault can be not held against her', async () => {
    t = makeCore();
    await setupOwner(t);
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'price_error',
      fault: 'shop',
    });
    const refused = await t.call('incidents.update', {
      id: incident.id,
      expectedUpdatedAt: incident.updatedAt,
      notHeldAgainstCustomer: true,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'notHeldAgainstCustomer' }] },
    });
  });
});
