import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { csv, ENGLISH_MAPPING, ORDERS_HEADER, orderRow, upload } from '../support/import-files';

let t: TestCore;
afterEach(() => t?.close());

const DAY = '2026-11-24';
/** The evening of DAY (Moscow): its outcomes can be recorded. */
const DAY_EVENING = Date.UTC(2026, 10, 24, 17, 0);

async function shop() {
  t = makeCore();
  await setupOwner(t);
  const sergey = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    capacity: 20,
    costPerDelivery: 30_000,
  });
  const pavel = await t.ok('couriers.create', {
    name: 'Pavel',
    kind: 'foot_courier',
    capacity: 10,
    costPerDelivery: 15_000,
  });
  await t.ok('couriers.create', { name: 'Post', kind: 'post', costPerDelivery: 25_000 });
  return { sergey, pavel };
}

let seq = 0;
async function order(
  extra: Partial<ChannelInput<'orders.create'>> & {
    customer?: Partial<ChannelInput<'customers.create'>>;
  } = {},
) {
  const { customer: customerFields, ...fields } = extra;
  seq += 1;
  const customer = await t.ok('customers.create', {
    name: `Customer ${seq}`,
    phones: [{ raw: `+7 916 000 00 ${String(seq).padStart(2, '0')}` }],
    ...customerFields,
  });
  const { order: created } = await t.ok('orders.create', {
    number: `P-${seq}`,
    customerId: customer.id,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: `Street ${seq}`,
    deliveryDate: DAY,
    window: { from: '11:00', to: '14:00' },
    ...fields,
  });
  return created;
}

describe('day plan', () => {
  it('shows each courier’s stops in window order, unassigned ones, and pickup/post apart', async () => {
    const { sergey } = await shop();
    const late = await order({ window: { from: '17:00', to: '20:00' }, courierId: sergey.id });
    const early = await order({
      courierId: sergey.id,
      customer: { caution: true, deliveryNotes: 'Gate code 45' },
    });
    const loose = await order();
    const parcel = await order({
      deliveryMethod: 'post',
      paymentMethod: 'card_online',
      trackingNumber: 'RA123456789RU',
    });
    await t.ok('couriers.create', { name: 'Alfa Express', kind: 'courier_service', costPerDelivery: 40_000 });
    const plan = await t.ok('plan.day', { date: DAY });
    // The shop's own drivers first (they carry most of the day), then foot couriers, then services.
    expect(plan.couriers.map((c) => c.name)).toEqual(['Sergey', 'Pavel', 'Alfa Express']);
    const column = plan.couriers.find((c) => c.id === sergey.id)!;
    expect(column.stops.map((s) => s.orderId)).toEqual([early.id, late.id]);
    expect(column.stops[0]).toMatchObject({
      caution: true,
      deliveryNotes: 'Gate code 45',
      toCollect: 900_000,
    });
    expect(plan.unassigned.map((s) => s.orderId)).toEqual([loose.id]);
    expect(plan.messageOnly.map((s) => [s.orderId, s.trackingNumber])).toEqual([
      [parcel.id, 'RA123456789RU'],
    ]);
  });

  it('moves many orders to another courier and day at once, keeping their order, and puts them on the call list', async () => {
    const { sergey, pavel } = await shop();
    const a = await order({ courierId: sergey.id });
    const b = await order({ courierId: sergey.id });
    const c = await order({ courierId: sergey.id });
    t.clock.now += 60_000;
    for (const o of [a, b, c]) await t.ok('calls.log', { orderId: o.id, outcome: 'confirmed' });
    t.clock.now += 60_000;
    const plan = await t.ok('plan.day', { date: DAY });
    const stops = plan.couriers.find((k) => k.id === sergey.id)!.stops;
    const picked = [stops[2]!, stops[0]!, stops[1]!];
    await t.ok('plan.move', {
      orders: picked.map((s) => ({ id: s.orderId, updatedAt: s.updatedAt })),
      courierId: pavel.id,
      date: '2026-11-25',
    });
    const next = await t.ok('plan.day', { date: '2026-11-25' });
    expect(next.couriers.find((k) => k.id === pavel.id)!.stops.map((s) => s.orderId)).toEqual(
      picked.map((s) => s.orderId),
    );
    const calls = await t.ok('calls.list', { date: '2026-11-25' });
    expect(calls.map((r) => [r.orderId, r.confirmed, r.attempts])).toEqual(
      picked.map((s) => [s.orderId, false, 0]),
    );
  });

  it('keeps a bulk move’s reason in each moved order’s move audit entry (issue 15, point 10)', async () => {
    const { sergey } = await shop();
    const a = await order({ courierId: sergey.id });
    const b = await order({ courierId: sergey.id });
    await t.ok('plan.move', {
      orders: [a, b].map((o) => ({ id: o.id, updatedAt: o.updatedAt })),
      date: '2026-11-25',
      reason: { code: 'city_event', text: '  Marathon on the ring road ' },
    });
    const entries = t
      .core!.ctx!.db.prepare(
        "select entity, entity_id, after, note from audit_log where action = 'move' order by entity_id",
      )
      .all() as { entity: string; entity_id: number; after: string; note: string }[];
    expect(
      entries.map((e) => [
        e.entity,
        e.entity_id,
        JSON.parse(e.after).date,
        JSON.parse(e.after).reason,
        e.note,
      ]),
    ).toEqual(
      [a, b].map((o) => [
        'order',
        o.id,
        '2026-11-25',
        { code: 'city_event', text: 'Marathon on the ring road' },
        'Marathon on the ring road',
      ]),
    );
  });

  it('refuses an unknown move reason with VALIDATION and moves nothing', async () => {
    const { sergey } = await shop();
    const a = await order({ courierId: sergey.id });
    const b = await order({ courierId: sergey.id });
    const result = await t.call('plan.move', {
      orders: [a, b].map((o) => ({ id: o.id, updatedAt: o.updatedAt })),
      date: '2026-11-25',
      reason: { code: 'aliens' as 'other', text: '' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason.code' }] },
    });
    for (const o of [a, b]) expect((await t.ok('orders.get', { id: o.id })).order.deliveryDate).toBe(DAY);
    const moves = t
      .core!.ctx!.db.prepare("select count(*) from audit_log where action = 'move'")
      .pluck()
      .get();
    expect(moves).toBe(0);
  });

  it('answers CONFLICT and moves nothing when an order changed meanwhile', async () => {
    const { sergey, pavel } = await shop();
    const a = await order({ courierId: sergey.id });
    const b = await order({ courierId: sergey.id });
    await t.ok('orders.update', {
      number: b.number,
      customerId: b.customer.id,
      items: [{ title: 'Pram', quantity: 2, unitPrice: 900_000 }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
      deliveryDate: DAY,
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
    });
    const result = await t.call('plan.move', {
      orders: [
        { id: a.id, updatedAt: a.updatedAt },
        { id: b.id, updatedAt: b.updatedAt },
      ],
      courierId: pavel.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await t.ok('orders.get', { id: a.id })).order.courier?.id).toBe(sergey.id);
  });
});

describe('confirmation calls', () => {
  it('counts attempts, confirms in one step, and marks five tries', async () => {
    await shop();
    const o = await order();
    t.clock.now += 60_000;
    for (let i = 0; i < 5; i++) await t.ok('calls.log', { orderId: o.id, outcome: 'no_answer' });
    let [row] = await t.ok('calls.list', { date: DAY });
    expect(row).toMatchObject({ attempts: 5, lastOutcome: 'no_answer', confirmed: false });
    row = await t.ok('calls.log', { orderId: o.id, outcome: 'confirmed' });
    expect(row).toMatchObject({ attempts: 6, confirmed: true, status: 'confirmed' });
  });

  it('refuses a call outside the customer’s hours or to do-not-call without an override reason', async () => {
    await shop();
    t.clock.now = Date.UTC(2026, 10, 23, 19, 30); // 22:30 in Moscow
    const late = await order({ customer: { callFrom: '10:00', callTo: '21:00' } });
    const never = await order({ customer: { doNotCall: true } });
    const rows = await t.ok('calls.list', { date: DAY });
    expect(rows.map((r) => r.callNow.reason)).toEqual(['outside_hours', 'do_not_call']);
    expect(await t.call('calls.log', { orderId: late.id, outcome: 'confirmed' })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'overrideReason' }] },
    });
    expect(await t.call('calls.log', { orderId: never.id, outcome: 'confirmed' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    const calls = () => (t.core.ctx!.db.prepare('select count(*) as n from calls').get() as { n: number }).n;
    expect(calls()).toBe(0);
    await t.ok('calls.log', {
      orderId: late.id,
      outcome: 'confirmed',
      overrideReason: 'She asked to be called back tonight',
    });
    expect(calls()).toBe(1);
  });

  it('reschedules to another day and window, and cancels', async () => {
    await shop();
    const a = await order();
    const b = await order();
    await t.ok('calls.log', {
      orderId: a.id,
      outcome: 'reschedule',
      reschedule: { date: '2026-11-26', window: { from: '17:00', to: '20:00' } },
    });
    expect((await t.ok('orders.get', { id: a.id })).order).toMatchObject({
      deliveryDate: '2026-11-26',
      window: { from: '17:00', to: '20:00' },
      status: 'scheduled',
    });
    await t.ok('calls.log', { orderId: b.id, outcome: 'cancelled' });
    expect((await t.ok('orders.get', { id: b.id })).order.status).toBe('cancelled');
    expect(await t.ok('calls.list', { date: DAY })).toEqual([]);
  });
});

describe('details the screens rely on', () => {
  it('starts attempts and the last outcome again after a reschedule', async () => {
    await shop();
    const o = await order();
    t.clock.now += 60_000;
    await t.ok('calls.log', { orderId: o.id, outcome: 'no_answer' });
    t.clock.now += 60_000;
    await t.ok('calls.log', {
      orderId: o.id,
      outcome: 'reschedule',
      reschedule: { date: '2026-11-27', window: { from: '11:00', to: '14:00' } },
    });
    const [moved] = await t.ok('calls.list', { date: '2026-11-27' });
    expect(moved).toMatchObject({ attempts: 0, lastOutcome: null });
    t.clock.now += 60_000;
    await t.ok('calls.log', { orderId: o.id, outcome: 'busy' });
    expect((await t.ok('calls.list', { date: '2026-11-27' }))[0]).toMatchObject({
      attempts: 1,
      lastOutcome: 'busy',
    });
  });

  it('gives each stop its total and what was received, and orders a timeline cause before effect', async () => {
    const { sergey } = await shop();
    const o = await order({ courierId: sergey.id });
    // Same millisecond: the call, then the status change it caused.
    await t.ok('calls.log', { orderId: o.id, outcome: 'confirmed' });
    const { order: current } = await t.ok('orders.get', { id: o.id });
    await t.ok('orders.setStatus', {
      id: o.id,
      status: 'out_for_delivery',
      expectedUpdatedAt: current.updatedAt,
    });
    const fresh = (await t.ok('orders.get', { id: o.id })).order;
    t.clock.now = DAY_EVENING;
    await t.ok('orders.recordAttempt', {
      id: o.id,
      expectedUpdatedAt: fresh.updatedAt,
      outcome: 'delivered',
      attemptedOn: DAY,
      amountReceived: 900_000,
    });
    const plan = await t.ok('plan.day', { date: DAY });
    expect(plan.couriers.find((c) => c.id === sergey.id)!.stops[0]).toMatchObject({
      total: 900_000,
      amountReceived: 900_000,
      toCollect: 0,
      status: 'delivered',
    });
    const { timeline } = await t.ok('orders.get', { id: o.id });
    expect(timeline.map((e) => `${e.kind}:${e.code}`)).toEqual([
      'status:scheduled',
      'call:confirmed',
      'status:confirmed',
      'status:out_for_delivery',
      'attempt:delivered',
      'status:delivered',
    ]);
  });

  it('names exactly the domains each write touched', async () => {
    const events: string[][] = [];
    t = makeCore({ onEvent: (_name, payload) => events.push((payload as { domains: string[] }).domains) });
    await setupOwner(t);
    const o = await order();
    events.length = 0;
    await t.ok('calls.log', { orderId: o.id, outcome: 'confirmed' });
    await t.ok('plan.move', {
      orders: [{ id: o.id, updatedAt: (await t.ok('orders.get', { id: o.id })).order.updatedAt }],
      date: '2026-11-25',
    });
    await t.ok('cash.day', { date: DAY });
    expect(events).toEqual([
      ['calls', 'orders'],
      ['plan', 'orders'],
    ]);
  });
});

describe('end of day', () => {
  it('refuses an outcome for a day that has not come yet, and changes nothing', async () => {
    const { sergey } = await shop();
    const o = await order({ courierId: sergey.id });
    // 22:30 in Moscow on the 23rd: the 24th is still to come.
    t.clock.now = Date.UTC(2026, 10, 23, 19, 30);
    expect(
      await t.call('orders.recordAttempt', {
        id: o.id,
        expectedUpdatedAt: o.updatedAt,
        outcome: 'delivered',
        attemptedOn: DAY,
      }),
    ).toMatchObject({
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'attemptedOn',
            message: `${DAY} has not come yet: record an outcome on the day of the attempt or later.`,
          },
        ],
      },
    });
    const { order: after, timeline } = await t.ok('orders.get', { id: o.id });
    expect(after).toMatchObject({ status: 'scheduled', amountReceived: 0, updatedAt: o.updatedAt });
    expect(timeline.filter((e) => e.kind === 'attempt')).toEqual([]);
  });

  it('after a partial buyout the stop is owed only what was kept, and the returned goods are not to collect', async () => {
    const { sergey } = await shop();
    const partly = await order({
      courierId: sergey.id,
      deliveryFee: 30_000,
      items: [
        { title: 'Sheets', quantity: 2, unitPrice: 100_000 },
        { title: 'Cot', quantity: 1, unitPrice: 500_000 },
      ],
    });
    const waiting = await order({ courierId: sergey.id });
    t.clock.now = DAY_EVENING;
    const sheets = partly.items.find((i) => i.title === 'Sheets')!;
    await t.ok('orders.recordAttempt', {
      id: partly.id,
      expectedUpdatedAt: partly.updatedAt,
      outcome: 'partly_bought_out',
      attemptedOn: DAY,
      kept: [{ itemId: sheets.id, quantity: 1 }],
    });
    const stops = (await t.ok('plan.day', { date: DAY })).couriers.find((c) => c.id === sergey.id)!.stops;
    const stop = stops.find((s) => s.orderId === partly.id)!;
    // Kept 1 × 1,000.00 + delivery 300.00 = 1,300.00, all received: nothing more to collect.
    expect(stop).toMatchObject({ total: 730_000, due: 130_000, amountReceived: 130_000, toCollect: 0 });
    expect(stop.door).toEqual({ kind: 'paid' });
    expect(stop.items).toEqual([
      { title: 'Sheets', quantity: 2, unitPrice: 100_000, keptQuantity: 1 },
      { title: 'Cot', quantity: 1, unitPrice: 500_000, keptQuantity: 0 },
    ]);
    // A refused parcel is not money to collect either.
    const refused = await order({ courierId: sergey.id });
    await t.ok('orders.recordAttempt', {
      id: refused.id,
      expectedUpdatedAt: refused.updatedAt,
      outcome: 'refused',
      attemptedOn: DAY,
    });
    const after = (await t.ok('plan.day', { date: DAY })).couriers.find((c) => c.id === sergey.id)!.stops;
    expect(after.find((s) => s.orderId === refused.id)).toMatchObject({ due: 0, toCollect: 0 });
    // The courier's total still to collect is the waiting stop alone.
    expect(after.reduce((sum, s) => sum + s.toCollect, 0)).toBe(
      after.find((s) => s.orderId === waiting.id)!.toCollect,
    );
  });

  it('keeps a failed attempt on its day, with its courier, after the order moves to another day and courier', async () => {
    const { sergey, pavel } = await shop();
    const o = await order({ courierId: sergey.id });
    t.clock.now = DAY_EVENING;
    const after = await t.ok('orders.recordAttempt', {
      id: o.id,
      expectedUpdatedAt: o.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: DAY,
    });
    await t.ok('plan.move', {
      orders: [{ id: o.id, updatedAt: after.updatedAt }],
      courierId: pavel.id,
      date: '2026-11-26',
    });
    const day = await t.ok('plan.day', { date: DAY });
    expect(day.couriers.find((c) => c.id === sergey.id)!.stops).toEqual([
      expect.objectContaining({
        orderId: o.id,
        history: true,
        movedTo: '2026-11-26',
        dayOutcome: 'not_at_home',
        toCollect: 0,
      }),
    ]);
    expect(day.couriers.find((c) => c.id === pavel.id)!.stops).toEqual([]);
    const next = await t.ok('plan.day', { date: '2026-11-26' });
    expect(next.couriers.find((c) => c.id === pavel.id)!.stops).toEqual([
      expect.objectContaining({ orderId: o.id, history: false, movedTo: null, dayOutcome: null }),
    ]);
  });
});

describe('courier cash', () => {
  it('expects the cash of delivered and partly bought out orders and flags a shortfall until it is handed over', async () => {
    const { sergey } = await shop();
    const full = await order({ courierId: sergey.id });
    const partly = await order({
      courierId: sergey.id,
      items: [
        { title: 'Sheets', quantity: 2, unitPrice: 100_000 },
        { title: 'Cot', quantity: 1, unitPrice: 500_000 },
      ],
    });
    await order({ courierId: sergey.id, paymentMethod: 'card_online' });
    t.clock.now = DAY_EVENING;
    await t.ok('orders.recordAttempt', {
      id: full.id,
      expectedUpdatedAt: full.updatedAt,
      outcome: 'delivered',
      attemptedOn: DAY,
    });
    const sheets = partly.items.find((i) => i.title === 'Sheets')!;
    await t.ok('orders.recordAttempt', {
      id: partly.id,
      expectedUpdatedAt: partly.updatedAt,
      outcome: 'partly_bought_out',
      attemptedOn: DAY,
      kept: [{ itemId: sheets.id, quantity: 2 }],
    });
    let [cash] = await t.ok('cash.day', { date: DAY });
    expect(cash).toMatchObject({
      courierName: 'Sergey',
      orders: 2,
      expected: 1_100_000,
      handedOver: 0,
      discrepancy: 1_100_000,
    });
    cash = await t.ok('cash.record', {
      courierId: sergey.id,
      date: DAY,
      handedOver: 1_000_000,
      note: 'Evening',
    });
    expect(cash).toMatchObject({ handedOver: 1_000_000, discrepancy: 100_000 });
    cash = await t.ok('cash.record', {
      courierId: sergey.id,
      date: DAY,
      handedOver: 100_000,
      note: 'Found in the glovebox',
    });
    expect(cash).toMatchObject({
      discrepancy: 0,
      records: [{ handedOver: 1_000_000 }, { handedOver: 100_000 }],
    });
  });
});

describe('one rule for the day’s call list and end-of-day list, whatever path set the date', () => {
  const YESTERDAY = '2026-11-23';

  /** orders.update with the order's own fields and these changes (the order form's save). */
  async function edit(o: Awaited<ReturnType<typeof order>>, changes: Partial<ChannelInput<'orders.update'>>) {
    const { order: current } = await t.ok('orders.get', { id: o.id });
    return t.ok('orders.update', {
      id: current.id,
      expectedUpdatedAt: current.updatedAt,
      number: current.number,
      customerId: current.customer.id,
      items: current.items.map((i) => ({ title: i.title, quantity: i.quantity, unitPrice: i.unitPrice })),
      paymentMethod: current.paymentMethod,
      deliveryMethod: current.deliveryMethod,
      address: current.address,
      deliveryDate: current.deliveryDate,
      window: current.window,
      courierId: current.courier?.id ?? null,
      ...changes,
    });
  }

  async function importWithDate(number: string) {
    const header = [...ORDERS_HEADER, 'Delivery date'];
    const row = [...orderRow(7, { 'Order number': number, Status: 'new' }), DAY];
    const file = await upload(t, 'orders.csv', Buffer.from(csv([header, row], ',')));
    await t.ok('import.commit', {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: { ...ENGLISH_MAPPING, deliveryDate: header.length - 1 },
      defaults: { deliveryMethod: 'own_courier' },
    });
    const found = t.core.ctx!.db.prepare('select id from orders where number = ?').get(number) as {
      id: number;
    };
    return found.id;
  }

  it('puts an order on its day’s call list and awaiting an outcome there, by every way it gets a date', async () => {
    const { sergey } = await shop();
    const undated = { deliveryDate: null, window: null };
    const ways: Record<string, number> = {};

    ways.create = (await order({ courierId: sergey.id })).id;

    const edited = await order(undated);
    await edit(edited, { deliveryDate: DAY });
    ways.edit = edited.id;

    const moved = await order(undated);
    await t.ok('plan.move', { orders: [{ id: moved.id, updatedAt: moved.updatedAt }], date: DAY });
    ways.planMove = moved.id;

    const called = await order({ deliveryDate: YESTERDAY });
    await t.ok('calls.log', {
      orderId: called.id,
      outcome: 'reschedule',
      reschedule: { date: DAY, window: null },
    });
    ways.callReschedule = called.id;

    // The end of day's "Rescheduled": the attempt, then the move (RescheduleDialog).
    const sheet = await order({ deliveryDate: YESTERDAY, courierId: sergey.id });
    const attempted = await t.ok('orders.recordAttempt', {
      id: sheet.id,
      expectedUpdatedAt: sheet.updatedAt,
      outcome: 'rescheduled',
      attemptedOn: YESTERDAY,
    });
    await t.ok('plan.move', { orders: [{ id: sheet.id, updatedAt: attempted.updatedAt }], date: DAY });
    ways.endOfDayReschedule = sheet.id;

    // Scenario 4: not at home yesterday, the new day typed into the order.
    const notHome = await order({ deliveryDate: YESTERDAY, courierId: sergey.id });
    await t.ok('orders.recordAttempt', {
      id: notHome.id,
      expectedUpdatedAt: notHome.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: YESTERDAY,
    });
    await edit(notHome, { deliveryDate: DAY });
    ways.editAfterNotAtHome = notHome.id;

    ways.import = await importWithDate('IMP-1');

    const calls = new Set((await t.ok('calls.list', { date: DAY })).map((r) => r.orderId));
    const plan = await t.ok('plan.day', { date: DAY });
    const stops = [...plan.couriers.flatMap((c) => c.stops), ...plan.unassigned];
    const awaiting = new Set(stops.filter((s) => s.awaitingOutcome).map((s) => s.orderId));
    const onLists = Object.fromEntries(
      Object.entries(ways).map(([way, id]) => [way, { calls: calls.has(id), endOfDay: awaiting.has(id) }]),
    );
    expect(onLists).toEqual(
      Object.fromEntries(Object.keys(ways).map((way) => [way, { calls: true, endOfDay: true }])),
    );
    // And none of them is still on yesterday's call list.
    const yesterday = (await t.ok('calls.list', { date: YESTERDAY })).map((r) => r.orderId);
    expect(yesterday).toEqual([]);
  });

  it('keeps a delivered or cancelled order off both lists, and a not-at-home one off the day it failed', async () => {
    const { sergey } = await shop();
    const delivered = await order({ courierId: sergey.id });
    t.clock.now = DAY_EVENING; // outcomes are recorded on their day, not before
    await t.ok('orders.recordAttempt', {
      id: delivered.id,
      expectedUpdatedAt: delivered.updatedAt,
      outcome: 'delivered',
      attemptedOn: DAY,
    });
    const failed = await order({ courierId: sergey.id });
    await t.ok('orders.recordAttempt', {
      id: failed.id,
      expectedUpdatedAt: failed.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: DAY,
    });
    const cancelled = await order();
    await t.ok('calls.log', { orderId: cancelled.id, outcome: 'cancelled' });
    expect(await t.ok('calls.list', { date: DAY })).toEqual([]);
    const plan = await t.ok('plan.day', { date: DAY });
    const stops = plan.couriers.flatMap((c) => c.stops);
    expect(stops.map((s) => [s.orderId, s.awaitingOutcome])).toEqual([
      [delivered.id, false],
      [failed.id, false],
    ]);
  });
});

describe('the call row: what to say, when to call again, who gets a message', () => {
  it('gives address, courier and what the door collects; sorts call-backs by their time', async () => {
    const { sergey } = await shop();
    const first = await order({ courierId: sergey.id });
    const second = await order({ window: { from: '17:00', to: '20:00' } });
    const third = await order({ paymentMethod: 'card_online', paymentStatus: 'paid' });
    t.clock.now += 60_000;
    await t.ok('calls.log', { orderId: first.id, outcome: 'no_answer', callBackAt: '2026-11-23 19:30' });
    await t.ok('calls.log', { orderId: second.id, outcome: 'busy', callBackAt: '2026-11-23 18:00' });
    const rows = await t.ok('calls.list', { date: DAY });
    expect(rows.map((r) => [r.orderId, r.callBackAt])).toEqual([
      [third.id, null],
      [second.id, '2026-11-23 18:00'],
      [first.id, '2026-11-23 19:30'],
    ]);
    expect(rows[2]).toMatchObject({
      address: first.address,
      courierName: 'Sergey',
      door: { kind: 'collect', amount: 900_000 },
      contact: 'call',
    });
    expect(rows[0]!.door).toEqual({ kind: 'paid' });
    expect(
      await t.call('calls.log', { orderId: third.id, outcome: 'confirmed', callBackAt: '2026-11-23 19:00' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'callBackAt' }] } });
  });

  it('marks pickup-point and do-not-call customers for a message, and records the message sent', async () => {
    await shop();
    const pickup = await order({ deliveryMethod: 'pickup_point', address: 'Pickup point, Lenina 1' });
    const never = await order({ customer: { doNotCall: true } });
    const rows = await t.ok('calls.list', { date: DAY });
    expect(rows.map((r) => [r.orderId, r.contact, r.messageSent])).toEqual([
      [pickup.id, 'message', null],
      [never.id, 'message', null],
    ]);
    t.clock.now += 60_000;
    const sent = await t.ok('calls.messageSent', { orderId: pickup.id, text: 'Your order is ready' });
    expect(sent.messageSent).toEqual({ at: t.clock.now, by: 'Olga Owner' });
    const audit = t.core
      .ctx!.db.prepare("select entity_id, after from audit_log where action = 'message_sent'")
      .all() as { entity_id: number; after: string }[];
    expect(audit.map((a) => [a.entity_id, JSON.parse(a.after).text])).toEqual([
      [pickup.id, 'Your order is ready'],
    ]);
    expect(await t.call('calls.messageSent', { orderId: never.id, text: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('courier ledger (issue 15, point 7)', () => {
  it('carries what a courier still owes into the next days, and a correction entry puts a typo right', async () => {
    const { sergey } = await shop();
    const monday = await order({ courierId: sergey.id });
    const tuesday = await order({ courierId: sergey.id, deliveryDate: '2026-11-25' });
    const card = await order({
      courierId: sergey.id,
      deliveryDate: '2026-11-25',
      paymentMethod: 'card_on_delivery',
      items: [{ title: 'Cot', quantity: 1, unitPrice: 500_000 }],
    });
    // The evening of the later day: outcomes are recorded on their day or after, never before.
    t.clock.now = Date.UTC(2026, 10, 25, 18, 0, 0);
    for (const [o, day] of [
      [monday, DAY],
      [tuesday, '2026-11-25'],
      [card, '2026-11-25'],
    ] as const) {
      await t.ok('orders.recordAttempt', {
        id: o.id,
        expectedUpdatedAt: o.updatedAt,
        outcome: 'delivered',
        attemptedOn: day,
      });
    }
    // Monday: 9,000 expected, 8,000 brought back: 1,000 still owed.
    await t.ok('cash.record', { courierId: sergey.id, date: DAY, handedOver: 800_000 });
    let [day2] = await t.ok('cash.day', { date: '2026-11-25' });
    expect(day2).toMatchObject({
      courierName: 'Sergey',
      expected: 900_000,
      carried: { cash: 100_000, card: 0 },
      card: { expected: 500_000, handedOver: 0, discrepancy: 500_000 },
      balance: { cash: 1_000_000, card: 500_000 },
    });
    // Tuesday: 10,800 handed over but typed as 27,000 (over by 18,000); the terminal's total 5,000.
    await t.ok('cash.record', { courierId: sergey.id, date: '2026-11-25', handedOver: 2_700_000 });
    day2 = await t.ok('cash.record', {
      courierId: sergey.id,
      date: '2026-11-25',
      handedOver: 500_000,
      kind: 'card',
    });
    expect(day2).toMatchObject({ discrepancy: -1_800_000, balance: { cash: -1_700_000, card: 0 } });
    const typo = day2.records.find((r) => r.kind === 'cash')!;
    day2 = await t.ok('cash.correct', { id: typo.id, amount: 1_080_000, reason: 'Typed 27,000 for 10,800' });
    expect(day2).toMatchObject({
      handedOver: 1_080_000,
      discrepancy: -180_000,
      balance: { cash: -80_000, card: 0 },
    });
    expect(day2.records.find((r) => r.id === typo.id)).toMatchObject({
      recorded: 2_700_000,
      handedOver: 1_080_000,
      corrections: [{ amount: 1_080_000, reason: 'Typed 27,000 for 10,800', by: 'Olga Owner' }],
    });
    // The old entry is never edited; the correction is audited.
    const db = t.core.ctx!.db;
    expect(db.prepare('select handed_over from courier_cash where id = ?').pluck().get(typo.id)).toBe(
      2_700_000,
    );
    expect(() => db.prepare('update courier_cash set handed_over = 0').run()).toThrow(/never edited/);
    expect(db.prepare("select count(*) from audit_log where action = 'cash_correction'").pluck().get()).toBe(
      1,
    );
    const refused = await t.call('cash.correct', { id: typo.id, amount: 1_000, reason: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    expect(await t.ok('cash.ledger', { date: '2026-11-25' })).toEqual([
      { courierId: sergey.id, courierName: 'Sergey', cash: -80_000, card: 0, lastHandover: '2026-11-25' },
    ]);
    // Monday's ledger still says what was owed that evening.
    expect(await t.ok('cash.ledger', { date: DAY })).toMatchObject([{ cash: 100_000, lastHandover: DAY }]);
    // A later day with nothing delivered still shows what is open.
    const [later] = await t.ok('cash.day', { date: '2026-11-27' });
    expect(later).toMatchObject({ expected: 0, carried: { cash: -80_000, card: 0 } });
  });
});
