import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 15, point 4: each failed delivery attempt's cost is a loss line of its own (cause
// "repeat delivery"), counted by the customer card, profitability and Reports without being
// typed again; an incident about the order lists those lines and does not count them twice.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const DAYS = ['2026-11-20', '2026-11-21', '2026-11-23'] as const;

async function threeFailedAttempts() {
  t = makeCore();
  await setupOwner(t);
  const courier = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    costPerDelivery: 45_000,
  });
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { order } = await t.ok('orders.create', {
    number: 'SD-7',
    customerId: customer.id,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, 7',
    deliveryDate: DAYS[0],
    orderedOn: '2026-11-18',
    courierId: courier.id,
  });
  let updatedAt = order.updatedAt;
  for (const [n, day] of DAYS.entries()) {
    t.clock.now += 60_000;
    const after = await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: updatedAt,
      // Not at home twice, then refused at the door: three trips paid for, nothing kept.
      outcome: n === 2 ? 'refused' : 'not_at_home',
      attemptedOn: day,
    });
    updatedAt = after.updatedAt;
  }
  return { courier, customerId: customer.id, orderId: order.id };
}

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30', granularity: 'month' } as const;

describe('failed delivery attempts as losses', () => {
  it('three attempts at RUB 450 are RUB 1,350 of customer losses and of "repeat delivery" in Reports', async () => {
    const { courier, customerId } = await threeFailedAttempts();
    const card = await t.ok('customers.card', { id: customerId });
    expect(card.stats.losses).toBe(135_000);

    const { current } = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(current.byCause).toEqual([
      { cause: 'repeat_delivery', count: 3, costs: 135_000, recovered: 0, net: 135_000 },
    ]);
    expect(current.byFault).toEqual([
      { fault: 'customer', count: 3, costs: 135_000, recovered: 0, net: 135_000 },
    ]);
    expect(current.byCourier).toMatchObject([{ courierId: courier.id, name: 'Sergey', net: 135_000 }]);
    expect(current.byDeliveryMethod).toMatchObject([{ deliveryMethod: 'own_courier', net: 135_000 }]);
    expect(current.buckets[0]!.byCause).toEqual({ repeat_delivery: 135_000 });
    expect(current.totals).toMatchObject({ count: 3, incidents: 0, net: 135_000 });

    const profit = await t.ok('reports.profitability', { order: 'losses_desc' });
    expect(profit.rows.find((r) => r.id === customerId)).toMatchObject({ losses: 135_000 });
  });

  it('an incident about the order lists the attempts and does not count them again', async () => {
    const { customerId, orderId } = await threeFailedAttempts();
    const detail = await t.ok('incidents.create', { channel: 'phone', cause: 'not_at_home', orderId });
    expect(detail.incident).toMatchObject({ costs: 0, net: 0 });
    expect(detail.attemptLosses.map((l) => [l.attemptedOn, l.outcome, l.amount, l.fault])).toEqual([
      ['2026-11-20', 'not_at_home', 45_000, 'customer'],
      ['2026-11-21', 'not_at_home', 45_000, 'customer'],
      ['2026-11-23', 'refused', 45_000, 'customer'],
    ]);
    expect((await t.ok('customers.card', { id: customerId })).stats.losses).toBe(135_000);
    const { current } = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(current.totals).toMatchObject({ count: 4, incidents: 1, net: 135_000 });
    expect(current.byCause.find((c) => c.cause === 'repeat_delivery')).toMatchObject({ net: 135_000 });
  });

  it('the fault of a line can be changed (audited) and moves it in Reports; the amount stays', async () => {
    const { customerId, orderId } = await threeFailedAttempts();
    const [first] = (await t.ok('losses.attempts', { orderId })).rows.slice(-1);
    const changed = await t.ok('losses.setAttemptFault', { attemptId: first!.attemptId, fault: 'courier' });
    expect(changed).toMatchObject({ fault: 'courier', amount: 45_000 });
    const { current } = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(current.byFault.map((f) => [f.fault, f.net])).toEqual([
      ['customer', 90_000],
      ['courier', 45_000],
    ]);
    expect((await t.ok('customers.card', { id: customerId })).stats.losses).toBe(135_000);
    const audit = t.core
      .ctx!.db.prepare("select before, after from audit_log where action = 'attempt_fault'")
      .all();
    expect(audit).toEqual([
      {
        before: JSON.stringify({ attemptId: first!.attemptId, fault: 'customer' }),
        after: JSON.stringify({ attemptId: first!.attemptId, fault: 'courier' }),
      },
    ]);
    expect(() => t.core.ctx!.db.prepare('delete from attempt_losses').run()).toThrow(/never deleted/);
  });

  it('a delivered attempt is no loss', async () => {
    t = makeCore();
    await setupOwner(t);
    const courier = await t.ok('couriers.create', {
      name: 'Pavel',
      kind: 'foot_courier',
      costPerDelivery: 45_000,
    });
    const customer = await t.ok('customers.create', { name: 'Oleg', phones: [{ raw: '+7 916 555 44 34' }] });
    const { order } = await t.ok('orders.create', {
      number: 'SD-8',
      customerId: customer.id,
      items: [{ title: 'Cot', quantity: 1, unitPrice: 500_000 }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'foot_courier',
      address: 'ул. Мира, 8',
      deliveryDate: DAYS[0],
      courierId: courier.id,
    });
    await t.ok('orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
      outcome: 'delivered',
      attemptedOn: DAYS[0],
    });
    expect((await t.ok('customers.card', { id: customer.id })).stats.losses).toBe(0);
    expect((await t.ok('losses.attempts', {})).total).toBe(0);
  });
});
