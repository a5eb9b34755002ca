import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 16, point 6 (scenario 15: ~180 promo complaints a month): a follow-up worklist and the
// shell's reminder hook, "settled on the call", bulk resolve, and a promo code the register
// filters by and the report groups by.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

async function shop() {
  t = makeCore();
  await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  return customer.id;
}

const complaint = (customerId: number, extra: Record<string, unknown> = {}) =>
  t.ok('incidents.create', { channel: 'phone', cause: 'promo_terms', customerId, ...extra });

describe('the follow-up worklist', () => {
  it('lists overdue, due today and due this week in the shop’s days, and the reminder hook says what fell due', async () => {
    const customerId = await shop();
    // 2026-11-23 09:00 UTC is 12:00 in Moscow (the shop's zone).
    const start = t.clock.now;
    const overdue = await complaint(customerId, { followUpDue: start + HOUR });
    const tonight = await complaint(customerId, { followUpDue: start + 10 * HOUR }); // 22:00 Moscow
    const tomorrow = await complaint(customerId, { followUpDue: start + 20 * HOUR });
    // The 30-day post search date, six days on: in "this week", not only once overdue.
    const search = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'lost_in_transit',
      customerId,
      followUpDue: start + 6 * DAY,
    });
    await complaint(customerId, { followUpDue: start + 8 * DAY }); // beyond the week
    await complaint(customerId); // no follow-up at all
    t.clock.now = start + 2 * HOUR;

    const list = await t.ok('followups.list', {});
    expect(list.today).toBe('2026-11-23');
    expect(list.weekEnds).toBe('2026-11-29');
    expect(list.counts).toEqual({ overdue: 1, today: 1, week: 2 });
    expect(list.buckets.overdue.map((i) => i.incidentId)).toEqual([overdue.incident.id]);
    expect(list.buckets.today.map((i) => i.incidentId)).toEqual([tonight.incident.id]);
    expect(list.buckets.week.map((i) => [i.incidentId, i.kind])).toEqual([
      [tomorrow.incident.id, 'call_back'],
      [search.incident.id, 'post_search'],
    ]);
    expect(list.buckets.overdue[0]).toMatchObject({ customerName: 'Irina', customerPhone: '+79165554433' });

    // The shell polls with the previous answer's now: each incident falls due once.
    const first = await t.ok('followups.due', {});
    expect(first.items.map((i) => i.incidentId)).toEqual([overdue.incident.id]);
    expect(first.overdue).toBe(1);
    t.clock.now = start + 10 * HOUR;
    const next = await t.ok('followups.due', { since: first.now });
    expect(next.items.map((i) => i.incidentId)).toEqual([tonight.incident.id]);
    expect(next.overdue).toBe(1); // due at this very instant: due, not yet overdue
    expect((await t.ok('followups.due', { since: next.now })).items).toEqual([]);

    // Resolved ones leave the list.
    await t.ok('incidents.update', {
      id: overdue.incident.id,
      expectedUpdatedAt: overdue.incident.updatedAt,
      status: 'resolved',
      resolution: 'nothing',
    });
    expect((await t.ok('followups.list', {})).counts.overdue).toBe(0);
  });
});

describe('settled on the call', () => {
  it('creates the incident resolved with no follow-up, audited as settled', async () => {
    const customerId = await shop();
    const settled = await complaint(customerId, {
      settledOnCall: 'compensation',
      costs: [{ kind: 'compensation', amount: 30_000 }],
    });
    expect(settled.incident).toMatchObject({
      status: 'resolved',
      resolution: 'compensation',
      followUpDue: null,
      overdue: false,
      costs: 30_000,
    });
    expect(settled.timeline[0]).toMatchObject({ action: 'create', note: 'Settled on the call' });
    expect(settled.timeline[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: null, after: 'resolved' },
        { field: 'settledOnCall', before: null, after: true },
      ]),
    );
    expect((await t.ok('followups.list', {})).counts).toEqual({ overdue: 0, today: 0, week: 0 });

    const both = await t.call('incidents.create', {
      channel: 'phone',
      cause: 'promo_terms',
      settledOnCall: 'nothing',
      followUpDue: t.clock.now + DAY,
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('bulk resolve', () => {
  it('resolves the open ones with one reason, audited each, and never overturns the owner’s decision', async () => {
    const customerId = await shop();
    const a = await complaint(customerId, { followUpDue: t.clock.now + DAY });
    const b = await complaint(customerId);
    const decided = await complaint(customerId);
    const ownerClosed = await t.ok('incidents.update', {
      id: decided.incident.id,
      expectedUpdatedAt: decided.incident.updatedAt,
      status: 'rejected',
      resolution: 'nothing',
      fault: 'customer',
    });
    await signInAsOperator(t);

    const result = await t.ok('incidents.resolveMany', {
      ids: [a.incident.id, b.incident.id, decided.incident.id, 9999],
      resolution: 'compensation',
      reason: 'Promo SPRING terms: 300 each, complaint withdrawn',
    });
    expect(result.resolved).toEqual([a.incident.id, b.incident.id]);
    expect(result.skipped).toEqual([
      { id: decided.incident.id, why: 'owner_decision' },
      { id: 9999, why: 'not_found' },
    ]);

    for (const id of result.resolved) {
      const detail = await t.ok('incidents.get', { id });
      expect(detail.incident).toMatchObject({ status: 'resolved', resolution: 'compensation' });
      expect(detail.timeline.at(-1)).toMatchObject({
        action: 'status',
        by: 'Oleg Operator',
        note: 'Promo SPRING terms: 300 each, complaint withdrawn',
      });
    }
    const untouched = await t.ok('incidents.get', { id: decided.incident.id });
    expect(untouched.incident).toMatchObject({ status: 'rejected', fault: 'customer' });
    expect(untouched.incident.updatedAt).toBe(ownerClosed.incident.updatedAt);
  });
});

describe('promo codes', () => {
  it('are kept in one spelling, filter the register and group the report', async () => {
    const customerId = await shop();
    await complaint(customerId, {
      promoCode: ' spring  25',
      costs: [{ kind: 'compensation', amount: 30_000 }],
    });
    await complaint(customerId, {
      promoCode: 'SPRING 25',
      costs: [{ kind: 'compensation', amount: 50_000 }],
    });
    const gift = await complaint(customerId, {
      promoCode: 'gift-1000',
      costs: [{ kind: 'compensation', amount: 20_000 }],
    });
    await complaint(customerId, { costs: [{ kind: 'compensation', amount: 99_000 }] });
    expect(gift.incident.promoCode).toBe('GIFT-1000');

    const spring = await t.ok('incidents.list', { promoCode: 'Spring 25' });
    expect(spring.total).toBe(2);
    expect(spring.totals.costs).toBe(80_000);

    const moved = await t.ok('incidents.update', {
      id: gift.incident.id,
      expectedUpdatedAt: gift.incident.updatedAt,
      promoCode: 'spring 25',
    });
    expect(moved.incident.promoCode).toBe('SPRING 25');
    const cleared = await t.ok('incidents.update', {
      id: gift.incident.id,
      expectedUpdatedAt: moved.incident.updatedAt,
      promoCode: '  ',
    });
    expect(cleared.incident.promoCode).toBeNull();
    await t.ok('incidents.update', {
      id: gift.incident.id,
      expectedUpdatedAt: cleared.incident.updatedAt,
      promoCode: 'gift-1000',
    });

    const { current } = await t.ok('reports.period', {
      period: { from: '2026-11-01', to: '2026-11-30', granularity: 'month' },
      compare: false,
    });
    expect(current.byPromoCode).toEqual([
      { promoCode: 'SPRING 25', count: 2, costs: 80_000, recovered: 0, net: 80_000 },
      { promoCode: 'GIFT-1000', count: 1, costs: 20_000, recovered: 0, net: 20_000 },
    ]);
  });
});
