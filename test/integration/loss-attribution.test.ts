import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 16, point 1: losses by courier blamed couriers for the shop's mistakes. A shop-fault
// price error of RUB 45,000 on an order a driver carried made him "99.3% of December's losses".
// Now a courier carries a loss only when it was the courier's (the carrier's) fault, the order's
// courier is filled in only for causes about the delivery, and the split shows fault inside.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30', granularity: 'month' } as const;

async function driverShop() {
  t = makeCore();
  await setupOwner(t);
  const driver = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    costPerDelivery: 30_000,
  });
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { order } = await t.ok('orders.create', {
    number: 'SD-9',
    customerId: customer.id,
    items: [{ title: 'Monitor', quantity: 1, unitPrice: 9_099_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, 7',
    deliveryDate: '2026-11-20',
    orderedOn: '2026-11-18',
    courierId: driver.id,
  });
  return { driver, order };
}

describe('who carries a loss', () => {
  it('a shop-fault price error of RUB 45,000 is not the driver’s; his late delivery is', async () => {
    const { driver, order } = await driverShop();
    // Logged from the order, as the form does: no courier named.
    const priceError = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'price_error',
      fault: 'shop',
      orderId: order.id,
      courierId: null,
      costs: [{ kind: 'compensation', amount: 4_500_000 }],
    });
    const late = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'late_delivery',
      fault: 'courier',
      orderId: order.id,
      costs: [{ kind: 'compensation', amount: 50_000 }],
    });
    // The price error has nothing to do with the trip: the order's courier is not filled in.
    expect(priceError.incident.courier).toBeNull();
    expect(late.incident.courier).toEqual({ id: driver.id, name: 'Sergey' });

    const { current } = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(current.totals.net).toBe(4_550_000);
    const sergey = current.byCourier.find((row) => row.courierId === driver.id)!;
    expect(sergey.carried).toEqual({ count: 1, costs: 50_000, recovered: 0, net: 50_000 });
    // 1.1% of the month's losses, not 99%.
    expect(Math.round((sergey.carried.net / current.totals.net) * 1000) / 10).toBe(1.1);
    expect(current.byCourier.map((row) => [row.courierId, row.carried.net, row.net])).toEqual([
      [driver.id, 50_000, 50_000],
      [null, 0, 4_500_000],
    ]);
  });

  it('a shop-fault incident the owner names the driver on shows inside his bar, not against him', async () => {
    const { driver, order } = await driverShop();
    // Damaged, but by the shop's packing: the owner names the driver by hand.
    await t.ok('incidents.create', {
      channel: 'courier_report',
      cause: 'damaged',
      fault: 'shop',
      orderId: order.id,
      courierId: driver.id,
      costs: [{ kind: 'goods_written_off', amount: 4_500_000 }],
    });
    await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'late_delivery',
      fault: 'courier',
      orderId: order.id,
      costs: [{ kind: 'compensation', amount: 50_000 }],
    });
    const { current } = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(current.byCourier).toEqual([
      {
        courierId: driver.id,
        name: 'Sergey',
        count: 2,
        costs: 4_550_000,
        recovered: 0,
        net: 4_550_000,
        carried: { count: 1, costs: 50_000, recovered: 0, net: 50_000 },
        // His own fault first: it starts the bar.
        byFault: [
          { fault: 'courier', count: 1, costs: 50_000, recovered: 0, net: 50_000 },
          { fault: 'shop', count: 1, costs: 4_500_000, recovered: 0, net: 4_500_000 },
        ],
      },
    ]);

    // The courier's row in Settings counts the same way: one incident of his fault, RUB 500.
    const [listed] = await t.ok('couriers.list', {});
    expect(listed!.incidents90d).toEqual({ count: 2, courierFault: 1, net: 50_000 });

    // The fault changed later moves the money in the rollup too.
    const incidents = await t.ok('incidents.list', { courierId: driver.id, fault: 'shop' });
    const damaged = await t.ok('incidents.get', { id: incidents.rows[0]!.id });
    await t.ok('incidents.update', {
      id: damaged.incident.id,
      expectedUpdatedAt: damaged.incident.updatedAt,
      fault: 'courier',
    });
    const after = await t.ok('reports.period', { period: NOVEMBER, compare: false });
    expect(after.current.byCourier[0]!.carried.net).toBe(4_550_000);
    expect(after.current.byCourier[0]!.byFault).toEqual([
      { fault: 'courier', count: 2, costs: 4_550_000, recovered: 0, net: 4_550_000 },
    ]);
  });
});
