import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { makeCore, makeTempDir, setupOwner, type TestCore } from '../support/core';

// Issue 16, point 2 (and the money-dating parts of 8 and 10): revenue is money received, on the
// day it was received, prepayments included and taken back on refund — in reports,
// profitability, the customer card and the accountant's export alike.

let t: TestCore;
const cleanups: (() => void)[] = [];
afterEach(() => {
  t?.close();
  for (const c of cleanups.splice(0)) c();
});
afterAll(() => stopWorker());

async function shop() {
  t = makeCore(); // the clock: 2026-11-23
  await setupOwner(t);
  const driver = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    capacity: 25,
    costPerDelivery: 35_000,
  });
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  return { driverId: driver.id, customerId: customer.id };
}

const order = (
  customerId: number,
  extra: Partial<ChannelInput<'orders.create'>> = {},
): ChannelInput<'orders.create'> => ({
  customerId,
  items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
  deliveryFee: 30_000,
  paymentMethod: 'cash_on_delivery',
  deliveryMethod: 'own_courier',
  address: 'ул. Мира, 7',
  ...extra,
});

const month = async (from: string, to: string) =>
  (await t.ok('reports.period', { period: { from, to, granularity: 'month' }, compare: false })).current
    .totals;

async function moveTo(id: number, status: 'out_for_delivery' | 'lost' | 'confirmed') {
  const { updatedAt } = (await t.ok('orders.get', { id })).order;
  return t.ok('orders.setStatus', { id, status, expectedUpdatedAt: updatedAt });
}

describe('revenue is money received, on the day it came', () => {
  it('counts a card-paid order lost in transit as revenue, with the loss as a loss', async () => {
    const { customerId, driverId } = await shop();
    const { order: paid } = await t.ok(
      'orders.create',
      order(customerId, {
        paymentMethod: 'card_online',
        paymentStatus: 'paid',
        deliveryDate: '2026-11-24',
        courierId: driverId,
      }),
    );
    expect(paid.amountReceived).toBe(930_000);
    await moveTo(paid.id, 'confirmed');
    await moveTo(paid.id, 'out_for_delivery');
    await moveTo(paid.id, 'lost');
    await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'lost_in_transit',
      fault: 'courier',
      orderId: paid.id,
      costs: [{ kind: 'goods_written_off', amount: 600_000 }],
    });

    const totals = await month('2026-11-01', '2026-11-30');
    expect([totals.revenue, totals.net]).toEqual([930_000, 600_000]);
    const card = await t.ok('customers.card', { id: customerId });
    expect([card.stats.revenue, card.stats.losses]).toEqual([930_000, 600_000]);
    const profit = await t.ok('reports.profitability', {});
    expect(profit.rows.map((r) => [r.id, r.revenue, r.losses])).toEqual([[customerId, 930_000, 600_000]]);
  });

  it('dates money taken at the door by the day the courier took it, not by the order day', async () => {
    const { customerId, driverId } = await shop();
    const { order: cod } = await t.ok(
      'orders.create',
      order(customerId, { orderedOn: '2026-10-30', deliveryDate: '2026-11-02', courierId: driverId }),
    );
    expect(cod.amountReceived).toBe(0);
    await t.ok('orders.recordAttempt', {
      id: cod.id,
      expectedUpdatedAt: cod.updatedAt,
      outcome: 'delivered',
      attemptedOn: '2026-11-02',
    });
    expect((await month('2026-10-01', '2026-10-31')).revenue).toBe(0);
    expect((await month('2026-11-01', '2026-11-30')).revenue).toBe(930_000);
    const paidOn = t.core.ctx!.db.prepare('select paid_on from orders where id = ?').pluck().get(cod.id);
    expect(paidOn).toBe('2026-11-02');
  });

  it('takes a refunded prepayment back out of revenue and the customer card', async () => {
    const { customerId } = await shop();
    const draft = order(customerId, { paymentMethod: 'card_online', paymentStatus: 'paid' });
    const { order: paid } = await t.ok('orders.create', draft);
    expect((await month('2026-11-01', '2026-11-30')).revenue).toBe(930_000);
    await t.ok('orders.update', {
      id: paid.id,
      expectedUpdatedAt: paid.updatedAt,
      ...draft,
      paymentStatus: 'refunded',
    });
    expect((await month('2026-11-01', '2026-11-30')).revenue).toBe(0);
    expect((await t.ok('customers.card', { id: customerId })).stats.revenue).toBe(0);
  });

  it('migrates old rows: prepaid money on the order day, door money on the day it was collected', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const db = openDatabase(`${dir}/old.sqlite`);
    cleanups.unshift(() => db.close());
    migrate(db, {
      migrations: MIGRATIONS.slice(
        0,
        MIGRATIONS.findIndex((m) => m.name === '0011-payment-dates'),
      ),
    });
    db.exec(`
      insert into staff (id, name, role, pin_hash, created_at) values (1, 'O', 'owner', 'x', 0);
      insert into couriers (id, name, kind, cost_per_delivery, created_at) values (1, 'S', 'own_driver', 0, 0);
      insert into customers (id, name, name_norm, created_at, updated_at) values (1, 'A', 'a', 0, 0);
      insert into orders (id, number, customer_id, created_at, updated_at, ordered_on, items_total, total, amount_received,
          payment_method, payment_status, delivery_method, status, delivery_date, courier_id) values
        (1, 'P1', 1, 0, 0, '2026-10-30', 50000, 50000, 0, 'card_online', 'paid', 'own_courier', 'lost', '2026-11-01', 1),
        (2, 'C1', 1, 0, 0, '2026-10-29', 70000, 70000, 70000, 'cash_on_delivery', 'paid', 'own_courier', 'delivered', '2026-11-03', 1),
        (3, 'C2', 1, 0, 0, '2026-10-28', 20000, 20000, 20000, 'cash_on_delivery', 'paid', 'own_courier', 'delivered', '2026-10-31', 1),
        (4, 'U1', 1, 0, 0, '2026-10-28', 20000, 20000, 0, 'cash_on_delivery', 'unpaid', 'own_courier', 'refused', '2026-10-31', 1);
      insert into delivery_attempts (order_id, courier_id, attempted_on, outcome, cost, created_at)
        values (2, 1, '2026-11-04', 'delivered', 0, 0);
    `);
    migrate(db);
    expect(db.prepare('select number, amount_received, paid_on from orders order by id').raw().all()).toEqual(
      [
        ['P1', 50_000, '2026-10-30'],
        ['C1', 70_000, '2026-11-04'],
        ['C2', 20_000, '2026-10-31'],
        ['U1', 0, null],
      ],
    );
    expect(
      db
        .prepare('select substr(day, 1, 7), sum(revenue) from order_day_stats group by 1 order by 1')
        .raw()
        .all(),
    ).toEqual([
      ['2026-10', 70_000],
      ['2026-11', 70_000],
    ]);
    expect(db.prepare('select revenue from customers').pluck().get()).toBe(140_000);
  });
});

describe('the accountant export dates money as it came', () => {
  it('has a payment date per order, Amount received as Reports count it, recoveries by the day the money came back', async () => {
    const { customerId, driverId } = await shop();
    const { order: cod } = await t.ok(
      'orders.create',
      order(customerId, { orderedOn: '2026-10-30', deliveryDate: '2026-11-02', courierId: driverId }),
    );
    await t.ok('orders.recordAttempt', {
      id: cod.id,
      expectedUpdatedAt: cod.updatedAt,
      outcome: 'delivered',
      attemptedOn: '2026-11-02',
    });
    // An October incident whose money came back in November.
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'damaged',
      happenedOn: '2026-10-31',
      orderId: cod.id,
      costs: [{ kind: 'goods_written_off', amount: 100_000 }],
    });
    await t.ok('incidents.addCost', {
      incidentId: incident.id,
      kind: 'recovery',
      amount: 40_000,
      day: '2026-11-20',
    });

    const { path } = await t.ok('export.accountant', { from: '2026-10-01', to: '2026-11-30' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const orders = workbook.getWorksheet('Orders')!;
    expect(orders.getRow(1).getCell(10).value).toBe('Paid on');
    expect(orders.getRow(2).getCell(10).value).toEqual(new Date('2026-11-02T00:00:00Z'));
    const summary = workbook.getWorksheet('Summary')!;
    const rows = [2, 3].map((r) => (summary.getRow(r).values as unknown[]).slice(1));
    // Month, orders, orders total, received, losses, recovered, net, cash discrepancy.
    expect(rows).toEqual([
      ['2026-10', 1, 9300, 0, 1000, 0, 1000, 0],
      ['2026-11', 0, 0, 9300, 0, 400, -400, 0],
    ]);
    expect((await month('2026-11-01', '2026-11-30')).revenue).toBe(930_000);
    const losses = workbook.getWorksheet('Refunds and losses')!;
    const recovery = (losses.getRow(3).values as unknown[]).slice(1);
    expect([recovery[7], recovery[9], recovery[11]]).toEqual([
      'Recovery (money back)',
      400,
      new Date('2026-11-20T00:00:00Z'),
    ]);
  });
});

describe('"sold cheaper" is counted once: as the lowered price', () => {
  it('refuses a compensation line for an order whose price was lowered, and lowering a compensated order', async () => {
    const { customerId } = await shop();
    const draft = order(customerId);
    const { order: taken } = await t.ok('orders.create', draft);
    const cheaper = { ...draft, items: [{ title: 'Pram', quantity: 1, unitPrice: 800_000 }] };
    await t.ok('orders.update', { id: taken.id, expectedUpdatedAt: taken.updatedAt, ...cheaper });
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'price_error',
      orderId: taken.id,
    });
    const twice = await t.call('incidents.addCost', {
      incidentId: incident.id,
      kind: 'compensation',
      amount: 100_000,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(twice)).toContain('already lowered');
    // Other costs of the same incident are still its own.
    await t.ok('incidents.addCost', { incidentId: incident.id, kind: 'extra_delivery', amount: 30_000 });

    const other = order(customerId, { number: 'SD-2' });
    const { order: second } = await t.ok('orders.create', other);
    await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'price_error',
      orderId: second.id,
      costs: [{ kind: 'compensation', amount: 100_000 }],
    });
    const lowered = await t.call('orders.update', {
      id: second.id,
      expectedUpdatedAt: second.updatedAt,
      ...other,
      items: [{ title: 'Pram', quantity: 1, unitPrice: 800_000 }],
    });
    expect(lowered).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
