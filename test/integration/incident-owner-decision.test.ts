import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 16, point 4: the owner's decision on an incident stays hers. An operator could turn
// "Resolved, fault Customer" into "Rejected, fault Shop" — moving money between fault buckets
// and changing the customer's verdict — audited, but not prevented.

let t: TestCore;
afterEach(() => t?.close());

async function closedByOwner() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const created = await t.ok('incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    customerId: customer.id,
    costs: [{ kind: 'reshipment_goods', amount: 240_000 }],
  });
  const closed = await t.ok('incidents.update', {
    id: created.incident.id,
    expectedUpdatedAt: created.incident.updatedAt,
    status: 'resolved',
    resolution: 'reship',
    fault: 'customer',
  });
  return { ownerId: user!.id, incident: closed.incident };
}

describe('the owner’s decision on an incident', () => {
  it('is shown on the incident and refused to an operator, changing nothing', async () => {
    const { incident } = await closedByOwner();
    expect(incident.ownerDecision).toEqual({ by: OWNER.ownerName, at: expect.any(Number) });
    await signInAsOperator(t);

    for (const patch of [
      { fault: 'shop' as const },
      { status: 'rejected' as const },
      { cause: 'late_delivery' as const },
    ]) {
      const refused = await t.call('incidents.update', {
        id: incident.id,
        expectedUpdatedAt: incident.updatedAt,
        ...patch,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!refused.ok) {
        expect(refused.error.message).toContain('only the owner can change');
      }
    }
    const cost = await t.call('incidents.addCost', {
      incidentId: incident.id,
      kind: 'compensation',
      amount: 50_000,
    });
    expect(cost).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = await t.ok('incidents.get', { id: incident.id });
    expect(after.incident).toMatchObject({ status: 'resolved', fault: 'customer', cause: 'damaged' });
    expect(after.incident.updatedAt).toBe(incident.updatedAt);

    // What the operator may still do: a note for the owner.
    await t.ok('incidents.addNote', {
      incidentId: incident.id,
      text: 'She called again: it was our packing',
    });
  });

  it('stays the owner’s to change: she reopens it, and an operator’s own closing is hers to revise', async () => {
    const { incident } = await closedByOwner();
    const reopened = await t.ok('incidents.update', {
      id: incident.id,
      expectedUpdatedAt: incident.updatedAt,
      status: 'open',
    });
    expect(reopened.incident.ownerDecision).toBeNull();
    await signInAsOperator(t);
    const byOperator = await t.ok('incidents.update', {
      id: incident.id,
      expectedUpdatedAt: reopened.incident.updatedAt,
      status: 'rejected',
      fault: 'shop',
    });
    expect(byOperator.incident.ownerDecision).toBeNull();
    const revised = await t.ok('incidents.update', {
      id: incident.id,
      expectedUpdatedAt: byOperator.incident.updatedAt,
      fault: 'courier',
    });
    expect(revised.incident.fault).toBe('courier');
  });
});
