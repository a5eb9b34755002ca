import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

async function shop() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const driver = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    capacity: 25,
    costPerDelivery: 35_000,
  });
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  return { ownerId: user!.id, driver, customerId: customer.id };
}

function draft(
  customerId: number,
  extra: Partial<ChannelInput<'orders.create'>> = {},
): ChannelInput<'orders.create'> {
  return {
    number: 'SD-100',
    customerId,
    items: [
      { title: 'Cot', quantity: 1, unitPrice: 1_200_000 },
      { title: 'Sheets', quantity: 3, unitPrice: 150_000 },
    ],
    deliveryFee: 30_000,
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, д. 7',
    ...extra,
  };
}

const orderCount = () =>
  (t.core.ctx!.db.prepare('select count(*) as n from orders').get() as { n: number }).n;

describe('orders', () => {
  it('creates an order with totals in minor units and a scheduled status when it has a date', async () => {
    const { customerId, driver } = await shop();
    const { order } = await t.ok(
      'orders.create',
      draft(customerId, {
        deliveryDate: '2026-11-24',
        window: { from: '11:00', to: '14:00' },
        courierId: driver.id,
      }),
    );
    expect(order).toMatchObject({
      itemsTotal: 1_650_000,
      total: 1_680_000,
      status: 'scheduled',
      orderedOn: '2026-11-23',
    });
    expect(order.courier?.name).toBe('Sergey');
  });

  it('refuses bad input beside the field and saves nothing', async () => {
    const { customerId } = await shop();
    const cases: [Partial<ChannelInput<'orders.create'>>, string][] = [
      [{ items: [] }, 'items'],
      [{ deliveryFee: -100 }, 'deliveryFee'],
      [{ items: [{ title: 'X', quantity: 1, unitPrice: 10.5 }] }, 'items.0.unitPrice'],
      [{ deliveryDate: '2026-02-30' }, 'deliveryDate'],
      [{ deliveryDate: '2026-11-24', window: { from: '08:00', to: '10:00' } }, 'window.from'],
    ];
    for (const [change, path] of cases) {
      const result = await t.call('orders.create', draft(customerId, change));
      expect(result, path).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    }
    await t.ok('orders.create', draft(customerId));
    const duplicate = await t.call('orders.create', draft(customerId, { number: 'sd-100' }));
    expect(duplicate).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'number' }] },
    });
    expect(orderCount()).toBe(1);
  });

  it('refuses a blocked customer with BLOCKED_BY_POLICY; only the owner overrides, with a reason', async () => {
    const { customerId, ownerId } = await shop();
    await t.ok('blocklist.add', {
      kind: 'address',
      value: 'улица Мира дом 7',
      action: 'block',
      reason: 'Strangers at the door',
    });
    await signInAsOperator(t);
    expect(await t.call('orders.create', draft(customerId))).toMatchObject({
      error: { code: 'BLOCKED_BY_POLICY' },
    });
    expect(
      await t.call('orders.create', draft(customerId, { overrideReason: 'Known person' })),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(orderCount()).toBe(0);
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    const { order } = await t.ok(
      'orders.create',
      draft(customerId, { overrideReason: 'Paid in person at the shop' }),
    );
    const audit = t.core
      .ctx!.db.prepare("select entity_id, note from audit_log where action = 'override_blocklist'")
      .all();
    expect(audit).toEqual([{ entity_id: order.id, note: 'Paid in person at the shop' }]);
  });

  it('refuses cash on delivery to a prepayment-only customer but takes a prepaid order', async () => {
    const { customerId } = await shop();
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: '89165554433',
      action: 'prepayment',
      reason: 'Two refusals',
    });
    expect(await t.call('orders.create', draft(customerId))).toMatchObject({
      error: { code: 'BLOCKED_BY_POLICY' },
    });
    expect(
      (await t.ok('orders.create', draft(customerId, { paymentMethod: 'card_online' }))).order.status,
    ).toBe('new');
  });

  it('answers with the risk signals of the order (new customer, big cash order)', async () => {
    const { customerId } = await shop();
    const { signals } = await t.ok('orders.create', draft(customerId));
    expect(signals.map((s) => s.rule)).toContain('cod_new_customer');
  });

  it('answers CONFLICT when the order changed meanwhile', async () => {
    const { customerId } = await shop();
    const { order } = await t.ok('orders.create', draft(customerId));
    const edit = { ...draft(customerId), id: order.id, expectedUpdatedAt: order.updatedAt };
    const first = await t.ok('orders.update', { ...edit, customerComment: 'Ring twice' });
    expect(first.order.updatedAt).toBeGreaterThan(order.updatedAt);
    expect(await t.call('orders.update', { ...edit, customerComment: 'Stale' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect((await t.ok('orders.get', { id: order.id })).order.customerComment).toBe('Ring twice');
  });

  it('logs an edit as what it changed, both sides — not the whole order becoming empty', async () => {
    const { customerId } = await shop();
    const { order } = await t.ok('orders.create', draft(customerId));
    await t.ok('orders.update', {
      ...draft(customerId),
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
      customerComment: 'Ring twice',
    });
    const entry = t.core
      .ctx!.db.prepare("select before, after from audit_log where entity = 'order' and action = 'update'")
      .get() as { before: string; after: string };
    expect(JSON.parse(entry.before)).toEqual({ customerComment: order.customerComment });
    expect(JSON.parse(entry.after)).toEqual({ customerComment: 'Ring twice' });
  });

  it('records every attempt with its cost, refuses invalid moves, and keeps a partial buyout exact', async () => {
    const { customerId, driver } = await shop();
    const { order } = await t.ok(
      'orders.create',
      draft(customerId, { deliveryDate: '2026-11-24', courierId: driver.id }),
    );
    t.clock.now = Date.UTC(2026, 10, 26, 17, 0); // the evening of the last attempt's day
    let current = await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: '2026-11-24',
    });
    expect(
      await t.call('orders.setStatus', {
        id: order.id,
        status: 'delivered',
        expectedUpdatedAt: current.updatedAt,
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'status' }] } });
    current = await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: current.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: '2026-11-25',
    });
    const sheets = current.items.find((i) => i.title === 'Sheets')!;
    const cot = current.items.find((i) => i.title === 'Cot')!;
    expect(
      await t.call('orders.recordAttempt', {
        id: order.id,
        expectedUpdatedAt: current.updatedAt,
        outcome: 'partly_bought_out',
        attemptedOn: '2026-11-26',
        kept: [{ itemId: sheets.id, quantity: 4 }],
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'kept' }] } });
    current = await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: current.updatedAt,
      outcome: 'partly_bought_out',
      attemptedOn: '2026-11-26',
      kept: [
        { itemId: sheets.id, quantity: 2 },
        { itemId: cot.id, quantity: 0 },
      ],
      checkedInPresence: 'refused',
    });
    // Kept 2 × 1,500.00 plus the delivery fee 300.00 → 3,300.00 received.
    expect(current).toMatchObject({
      status: 'partly_bought_out',
      amountReceived: 330_000,
      checkedInPresence: 'refused',
    });
    const { timeline } = await t.ok('orders.get', { id: order.id });
    expect(timeline.filter((e) => e.kind === 'attempt').map((e) => e.amount)).toEqual([
      35_000, 35_000, 35_000,
    ]);
    const card = await t.ok('customers.card', { id: customerId });
    expect(card.stats).toMatchObject({ revenue: 330_000, partlyBoughtOut: 1, buyoutRatePercent: 18 }); // 300,000 / 1,650,000
  });

  it('lists orders by date range, status and search', async () => {
    const { customerId } = await shop();
    await t.ok('orders.create', draft(customerId, { number: 'A-1', orderedOn: '2026-11-01' }));
    await t.ok(
      'orders.create',
      draft(customerId, { number: 'A-2', orderedOn: '2026-11-20', paymentMethod: 'card_online' }),
    );
    const list = await t.ok('orders.list', { from: '2026-11-10', to: '2026-11-30' });
    expect(list.rows.map((r) => r.number)).toEqual(['A-2']);
    expect((await t.ok('orders.list', { search: 'irina' })).total).toBe(2);
    expect((await t.ok('orders.list', { customerId })).total).toBe(2);
    expect((await t.ok('orders.list', { customerId: customerId + 1 })).total).toBe(0);
    expect(await t.call('orders.list', { from: '2026-12-01', to: '2026-11-01' })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'to' }] },
    });
  });

  it('finds a post parcel by its tracking number, in the Orders list and at the call desk', async () => {
    const { customerId } = await shop();
    const other = await t.ok('customers.create', { name: 'Oleg', phones: [{ raw: '+7 916 000 11 22' }] });
    await t.ok('orders.create', draft(other.id, { number: 'A-9' }));
    await t.ok(
      'orders.create',
      draft(customerId, { number: 'P-1', deliveryMethod: 'post', trackingNumber: 'RA123456789RU' }),
    );
    const listed = await t.ok('orders.list', { search: '123456789' });
    expect(listed.rows.map((r) => r.number)).toEqual(['P-1']);
    // The call desk: the whole number as the caller reads it, any case; a Russian Post domestic
    // number is all digits, so it must not be taken for a phone and missed.
    const found = await t.ok('customers.search', { query: 'ra123456789ru' });
    expect(found.results.map((r) => [r.id, r.matchedOn, r.matchedValue])).toEqual([
      [customerId, 'tracking', 'RA123456789RU'],
    ]);
    await t.ok(
      'orders.create',
      draft(other.id, { number: 'P-2', deliveryMethod: 'post', trackingNumber: '14012345678901' }),
    );
    const digits = await t.ok('customers.search', { query: '14012345678901' });
    expect(digits.results.map((r) => [r.id, r.matchedOn])).toEqual([[other.id, 'tracking']]);
  });

  it('filters by risk: flagged customers (caution, doubtful, active blocklist entry) and blocklist overrides', async () => {
    const { customerId } = await shop();
    const other = async (
      name: string,
      phone: string,
      extra: Partial<ChannelInput<'customers.create'>> = {},
    ) => (await t.ok('customers.create', { name, phones: [{ raw: phone }], ...extra })).id;
    const boris = await other('Boris', '+7 916 111 22 33', { caution: true });
    const vera = await other('Vera', '+7 916 222 33 44');
    const entry = await t.ok('blocklist.add', {
      kind: 'phone',
      value: '+7 916 222 33 44',
      action: 'caution',
      reason: 'Argues about every delivery fee',
      customerId: vera,
    });
    await t.ok('orders.create', draft(customerId, { number: 'I-1' }));
    await t.ok('orders.create', draft(boris, { number: 'B-1' }));
    await t.ok('orders.create', draft(vera, { number: 'V-1', address: 'ул. Ленина, 1' }));
    await t.ok('blocklist.add', {
      kind: 'address',
      value: 'ул. Садовая, 5',
      action: 'block',
      reason: 'Fraud',
    });
    await t.ok(
      'orders.create',
      draft(customerId, { number: 'O-1', address: 'ул. Садовая, 5', overrideReason: 'Paid ahead' }),
    );
    const numbers = async (risk: 'flagged' | 'overridden') =>
      (await t.ok('orders.list', { risk })).rows.map((r) => r.number).sort();
    expect(await numbers('flagged')).toEqual(['B-1', 'V-1']);
    expect(await numbers('overridden')).toEqual(['O-1']);
    await t.ok('blocklist.lift', { id: entry.id, reason: 'Settled' });
    expect(await numbers('flagged')).toEqual(['B-1']);
  });
});
