import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 15, points 8 and 10: the post's "reached the customer's city" step, and what the order's
// timeline tells besides status changes (a message sent instead of a call, a bulk move's reason).

let t: TestCore;
afterEach(() => t?.close());

const DAY = '2026-11-24';
/** The evening after DAY (Moscow): the parcel went that morning and reached the city. */
const NEXT_EVENING = Date.UTC(2026, 10, 25, 16, 0);

let seq = 0;
async function order(fields: Partial<ChannelInput<'orders.create'>> = {}) {
  seq += 1;
  const customer = await t.ok('customers.create', {
    name: `Customer ${seq}`,
    phones: [{ raw: `+7 916 100 00 ${String(seq).padStart(2, '0')}` }],
  });
  const { order: created } = await t.ok('orders.create', {
    number: `A-${seq}`,
    customerId: customer.id,
    items: [{ title: 'Linen set', quantity: 1, unitPrice: 450_000 }],
    paymentMethod: 'card_online',
    paymentStatus: 'paid',
    deliveryMethod: 'post',
    address: 'Tomsk, Lenina 5',
    deliveryDate: DAY,
    trackingNumber: `RA10000000${seq}RU`,
    ...fields,
  });
  return created;
}

async function shop() {
  t = makeCore();
  await setupOwner(t);
}

const db = () => t.core.ctx!.db;

describe('post parcel reached the customer’s city (scenario 8)', () => {
  it('records the day, shows it on the order, its timeline and the day’s post list, and audits it', async () => {
    await shop();
    const parcel = await order();
    const sent = await t.ok('orders.setStatus', {
      id: parcel.id,
      status: 'out_for_delivery',
      expectedUpdatedAt: parcel.updatedAt,
    });
    t.clock.now = NEXT_EVENING;
    const operator = await signInAsOperator(t);
    const arrived = await t.ok('orders.recordArrival', {
      id: parcel.id,
      expectedUpdatedAt: sent.updatedAt,
      arrivedOn: '2026-11-25',
      note: 'Post office 634050',
    });
    expect(arrived.arrivedOn).toBe('2026-11-25');
    expect(arrived.updatedAt).toBeGreaterThan(sent.updatedAt);

    const { order: got, timeline } = await t.ok('orders.get', { id: parcel.id });
    expect(got.arrivedOn).toBe('2026-11-25');
    expect(timeline.at(-1)).toMatchObject({
      kind: 'arrival',
      code: 'reached_city',
      detail: '2026-11-25 · Post office 634050',
      by: operator.name,
    });
    const plan = await t.ok('plan.day', { date: DAY });
    expect(plan.messageOnly.map((s) => [s.number, s.arrivedOn])).toEqual([[parcel.number, '2026-11-25']]);

    const audit = db()
      .prepare("select staff_id, entity_id, after, note from audit_log where action = 'post_arrival'")
      .all() as { staff_id: number; entity_id: number; after: string; note: string }[];
    expect(audit.map((a) => [a.staff_id, a.entity_id, JSON.parse(a.after).arrivedOn, a.note])).toEqual([
      [operator.id, parcel.id, '2026-11-25', 'Post office 634050'],
    ]);
  });

  it('puts a mistyped day right with a newer entry, the old one kept', async () => {
    await shop();
    const parcel = await order();
    t.clock.now = NEXT_EVENING;
    const first = await t.ok('orders.recordArrival', {
      id: parcel.id,
      expectedUpdatedAt: parcel.updatedAt,
      arrivedOn: '2026-11-24',
    });
    const second = await t.ok('orders.recordArrival', {
      id: parcel.id,
      expectedUpdatedAt: first.updatedAt,
      arrivedOn: '2026-11-25',
    });
    expect(second.arrivedOn).toBe('2026-11-25');
    const { timeline } = await t.ok('orders.get', { id: parcel.id });
    expect(timeline.filter((e) => e.kind === 'arrival').map((e) => e.detail)).toEqual([
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(() => db().prepare('delete from post_arrivals').run()).toThrow(/never deleted/);
    expect(() => db().prepare("update post_arrivals set arrived_on = '2026-11-23'").run()).toThrow(
      /never edited/,
    );
  });

  it('refuses an order not sent by post, a day to come, a stale copy and a cancelled parcel', async () => {
    await shop();
    const parcel = await order();
    const byDriver = await order({ deliveryMethod: 'own_courier', trackingNumber: null });
    t.clock.now = NEXT_EVENING;
    expect(
      await t.call('orders.recordArrival', {
        id: byDriver.id,
        expectedUpdatedAt: byDriver.updatedAt,
        arrivedOn: '2026-11-25',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'id' }] } });
    expect(
      await t.call('orders.recordArrival', {
        id: parcel.id,
        expectedUpdatedAt: parcel.updatedAt,
        arrivedOn: '2026-11-26',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'arrivedOn' }] } });
    expect(
      await t.call('orders.recordArrival', {
        id: parcel.id,
        expectedUpdatedAt: parcel.updatedAt - 1,
        arrivedOn: '2026-11-25',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const cancelled = await t.ok('orders.setStatus', {
      id: parcel.id,
      status: 'cancelled',
      expectedUpdatedAt: parcel.updatedAt,
    });
    expect(
      await t.call('orders.recordArrival', {
        id: parcel.id,
        expectedUpdatedAt: cancelled.updatedAt,
        arrivedOn: '2026-11-25',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(db().prepare('select count(*) as n from post_arrivals').get()).toEqual({ n: 0 });
  });

  it('looks a parcel up by its tracking number through an index, not a scan of the orders', async () => {
    await shop();
    const parcel = await order();
    const search = await t.ok('customers.search', { query: parcel.trackingNumber!.toLowerCase() });
    expect(search.results.map((r) => r.id)).toEqual([parcel.customer.id]);
    // The call desk's statement (customers/search.ts), as SQLite plans it.
    const plan = db()
      .prepare(
        'explain query plan select customer_id as id, tracking_number as value from orders where tracking_number = ? collate nocase limit ?',
      )
      .all('RA1RU', 20) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX orders_tracking/);
  });
});

describe('the order’s timeline in words (issue 15, points 6 and 10)', () => {
  it('shows a message sent instead of a call, with its text and who sent it', async () => {
    await shop();
    const pickup = await order({ deliveryMethod: 'pickup_point', trackingNumber: null });
    t.clock.now += 60_000;
    await t.ok('calls.messageSent', { orderId: pickup.id, text: 'Your order waits at Lenina 1' });
    const { timeline } = await t.ok('orders.get', { id: pickup.id });
    expect(timeline.at(-1)).toMatchObject({
      kind: 'message',
      code: 'sent',
      detail: 'Your order waits at Lenina 1',
      by: 'Olga Owner',
      at: t.clock.now,
    });
  });

  it('shows a bulk move’s reason on every moved order, before the status change it made', async () => {
    await shop();
    const a = await order({ deliveryMethod: 'own_courier', trackingNumber: null });
    const b = await order({ deliveryMethod: 'own_courier', trackingNumber: null });
    for (const o of [a, b]) await t.ok('calls.log', { orderId: o.id, outcome: 'confirmed' });
    const fresh = await Promise.all([a, b].map((o) => t.ok('orders.get', { id: o.id })));
    t.clock.now += 60_000;
    await t.ok('plan.move', {
      orders: fresh.map(({ order: o }) => ({ id: o.id, updatedAt: o.updatedAt })),
      date: '2026-11-26',
      reason: { code: 'city_event', text: 'Marathon on the ring road' },
    });
    // A move without a reason (one card dragged) adds nothing new to the timeline.
    const moved = await t.ok('orders.get', { id: a.id });
    await t.ok('plan.move', {
      orders: [{ id: a.id, updatedAt: moved.order.updatedAt }],
      date: '2026-11-27',
    });
    for (const o of [a, b]) {
      const { timeline } = await t.ok('orders.get', { id: o.id });
      const moves = timeline.filter((e) => e.kind === 'move');
      expect(moves).toEqual([
        {
          at: t.clock.now,
          kind: 'move',
          code: 'city_event',
          detail: '2026-11-26 · Marathon on the ring road',
          by: 'Olga Owner',
          amount: null,
        },
      ]);
      const index = timeline.indexOf(moves[0]!);
      expect(timeline[index + 1]).toMatchObject({ kind: 'status', code: 'scheduled' });
    }
  });
});
