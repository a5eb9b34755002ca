import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { bucketStart } from '../../electron/core/reports/period';
import { makeCore, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

/** A small shop written straight into the tables: every number below is computed by hand. */
async function smallShop() {
  t = makeCore();
  await setupOwner(t);
  const db = t.core.ctx!.db;
  db.exec(`
    insert into couriers (id, name, kind, cost_per_delivery, created_at) values (1, 'Sergey', 'own_driver', 30000, 0), (2, 'Post', 'post', 25000, 0);
    insert into customers (id, name, name_norm, created_at, updated_at) values (1, 'Anna', 'anna', 0, 0), (2, 'Boris', 'boris', 0, 0);
    insert into orders (id, number, customer_id, created_at, updated_at, ordered_on, items_total, total, amount_received, payment_method, delivery_method, status, courier_id, paid_on) values
      (1, 'A1', 1, 0, 0, '2026-10-05', 100000, 100000, 100000, 'cash_on_delivery', 'own_courier', 'delivered', 1, '2026-10-05'),
      (2, 'A2', 1, 0, 0, '2026-10-20', 200000, 200000, 150050, 'cash_on_delivery', 'own_courier', 'partly_bought_out', 1, '2026-10-20'),
      (3, 'B1', 2, 0, 0, '2026-10-21', 300000, 300000, 0, 'cash_on_delivery', 'post', 'refused', 2, null),
      (4, 'B2', 2, 0, 0, '2026-11-02', 400000, 400000, 400000, 'card_online', 'post', 'delivered', 2, '2026-11-02'),
      (5, 'B3', 2, 0, 0, '2026-11-03', 50000, 50000, 0, 'card_online', 'post', 'cancelled', null, null);
    insert into incidents (id, happened_on, channel, cause, fault, customer_id, order_id, courier_id, created_by, created_at, updated_at) values
      (1, '2026-10-21', 'phone', 'refusal_at_door', 'customer', 2, 3, 2, 1, 0, 0),
      (2, '2026-11-04', 'phone', 'damaged', 'carrier', 2, 4, 2, 1, 0, 0),
      (3, '2026-11-10', 'email', 'price_error', 'shop', 1, null, null, 1, 0, 0);
    insert into incident_costs (incident_id, kind, amount, staff_id, created_at) values
      (1, 'return_shipping', 25000, 1, 0),
      (2, 'refund', 80000, 1, 0), (2, 'recovery', 30000, 1, 0),
      (3, 'compensation', 12345, 1, 0);
  `);
}

describe('reports on a hand-computed shop', () => {
  it('sums revenue, buyouts and losses (with recoveries) per month and by cause, fault, courier and method', async () => {
    await smallShop();
    const { current, previous } = await t.ok('reports.period', {
      period: { from: '2026-10-01', to: '2026-11-30', granularity: 'month' },
    });
    expect(
      current.buckets.map((b) => [b.start, b.orders, b.revenue, b.delivered, b.partly, b.refused, b.net]),
    ).toEqual([
      ['2026-10-01', 3, 250_050, 1, 1, 1, 25_000],
      ['2026-11-01', 2, 400_000, 1, 0, 0, 62_345],
    ]);
    expect(current.buckets[1]!.byCause).toEqual({ damaged: 50_000, price_error: 12_345 });
    expect(current.totals).toEqual({
      orders: 5,
      revenue: 650_050,
      count: 3,
      incidents: 3,
      costs: 117_345,
      recovered: 30_000,
      net: 87_345,
      lossSharePercent: 13.4, // 87,345 / 650,050
      buyoutPercent: 75, // 3 of 4 settled
      partialPercent: 33.3, // 1 of 3 bought out
    });
    expect(current.byFault.map((f) => [f.fault, f.net])).toEqual([
      ['carrier', 50_000],
      ['customer', 25_000],
      ['shop', 12_345],
    ]);
    // The post carries the damaged parcel (the carrier's fault), not the refusal (the customer's).
    const carrier = { count: 1, costs: 80_000, recovered: 30_000, net: 50_000 };
    const customer = { count: 1, costs: 25_000, recovered: 0, net: 25_000 };
    const shop = { count: 1, costs: 12_345, recovered: 0, net: 12_345 };
    expect(current.byCourier).toEqual([
      {
        courierId: 2,
        name: 'Post',
        count: 2,
        costs: 105_000,
        recovered: 30_000,
        net: 75_000,
        carried: carrier,
        byFault: [
          { fault: 'carrier', ...carrier },
          { fault: 'customer', ...customer },
        ],
      },
      {
        courierId: null,
        name: null,
        ...shop,
        carried: { count: 0, costs: 0, recovered: 0, net: 0 },
        byFault: [{ fault: 'shop', ...shop }],
      },
    ]);
    expect(current.byDeliveryMethod.map((m) => [m.deliveryMethod, m.net])).toEqual([
      ['post', 75_000],
      [null, 12_345],
    ]);
    // The "no courier" and "no order" bars list exactly the incidents behind them.
    const period = { from: '2026-10-01', to: '2026-11-30' };
    for (const filter of [{ withoutCourier: true as const }, { withoutOrder: true as const }]) {
      const behind = await t.ok('incidents.list', { ...filter, ...period });
      expect([behind.total, behind.totals.net], JSON.stringify(filter)).toEqual([1, 12_345]);
    }
    expect(previous).toMatchObject({ from: '2026-08-01', to: '2026-09-30', totals: { orders: 0, net: 0 } });
  });

  it('follows status changes through the rollup, and weeks start on Monday', async () => {
    await smallShop();
    const db = t.core.ctx!.db;
    db.prepare("update orders set status = 'returned', amount_received = 0 where number = 'B2'").run();
    const { current } = await t.ok('reports.period', {
      period: { from: '2026-11-01', to: '2026-11-08', granularity: 'week' },
      compare: false,
    });
    expect(current.buckets.map((b) => [b.start, b.orders, b.revenue, b.refused])).toEqual([
      ['2026-10-26', 0, 0, 0], // only Sunday 1 November is in the period
      ['2026-11-02', 2, 0, 1],
    ]);
    expect(bucketStart('2026-11-08', 'week')).toBe('2026-11-02'); // a Sunday
    expect(bucketStart('2026-11-09', 'week')).toBe('2026-11-09'); // a Monday
  });

  it('splits customers by the profit rule and lists the lowest buyout rates', async () => {
    await smallShop();
    await t.ok('settings.update', { marginPercent: 30, risk: { buyoutMinOrders: 2 } });
    const report = await t.ok('reports.profitability', {});
    // Anna: 250,050 × 30% = 75,015 margin − 12,345 losses = 62,670 → profitable.
    // Boris: 400,000 × 30% = 120,000 − 75,000 = 45,000 → profitable (band ±12,000).
    expect(report.rows.map((r) => [r.name, r.margin, r.losses, r.profit, r.class])).toEqual([
      ['Boris', 120_000, 75_000, 45_000, 'profitable'],
      ['Anna', 75_015, 12_345, 62_670, 'profitable'],
    ]);
    expect(report.classes).toEqual({ profitable: 2, break_even: 0, loss_making: 0 });
    expect(report.lowestBuyout).toEqual([
      { id: 2, name: 'Boris', boughtOut: 1, refused: 1, buyoutPercent: 50 },
      { id: 1, name: 'Anna', boughtOut: 2, refused: 0, buyoutPercent: 100 },
    ]);
    t.core
      .ctx!.db.prepare(
        "insert into incident_costs (incident_id, kind, amount, staff_id, created_at) values (2, 'other', 100000, 1, 0)",
      )
      .run();
    const after = await t.ok('reports.profitability', { class: 'loss_making' });
    expect(after.rows.map((r) => [r.name, r.profit])).toEqual([['Boris', -55_000]]);
  });

  it('refuses a period that ends before it starts or spans more than ten years', async () => {
    await smallShop();
    expect(
      await t.call('reports.period', { period: { from: '2026-12-01', to: '2026-11-01' } }),
    ).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'period.to' }] },
    });
    expect(
      await t.call('reports.period', { period: { from: '2010-01-01', to: '2026-11-01' } }),
    ).toMatchObject({
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'period.from', message: 'A report covers at most 10 years' }],
      },
    });
  });
});

describe('reports against a brute-force count over the demo shop', () => {
  it('agree with plain JavaScript over every order and incident of the last year', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('demo.load', { seed: 7 });
    const db = t.core.ctx!.db;
    const to = db.prepare('select max(ordered_on) from orders').pluck().get() as string;
    const from = db.prepare("select date(?, '-1 year')").pluck().get(to) as string;
    const { current } = await t.ok('reports.period', {
      period: { from, to, granularity: 'month' },
      compare: false,
    });

    const orders = db
      .prepare(
        'select ordered_on as day, status, amount_received as received from orders where ordered_on between ? and ?',
      )
      .all(from, to) as { day: string; status: string; received: number }[];
    // Revenue is money received, on the day it came (migration 0011), whatever became of the order.
    const payments = db
      .prepare('select paid_on as day, amount_received as received from orders where paid_on between ? and ?')
      .all(from, to) as { day: string; received: number }[];
    const incidents = db
      .prepare(
        `select i.happened_on as day, i.cause, i.fault, i.courier_id as courier, o.delivery_method as method,
           (select coalesce(sum(amount), 0) from incident_costs where incident_id = i.id and kind <> 'recovery' and voided_at is null) as costs,
           0 as recovered
         from incidents i left join orders o on o.id = i.order_id where i.archived_at is null and i.happened_on between ? and ?`,
      )
      .all(from, to) as {
      day: string;
      cause: string;
      fault: string;
      courier: number | null;
      method: string | null;
      costs: number;
      recovered: number;
    }[];
    // Failed delivery attempts that cost something are loss lines of their own (cause
    // "repeat_delivery", fault defaulted from the outcome), beside the incidents.
    const attempts = db
      .prepare(
        `select a.attempted_on as day, 'repeat_delivery' as cause,
           case a.outcome when 'failed' then 'courier' else 'customer' end as fault, a.courier_id as courier,
           o.delivery_method as method, a.cost as costs, 0 as recovered
         from delivery_attempts a join orders o on o.id = a.order_id
         where a.outcome in ('refused', 'not_at_home', 'rescheduled', 'failed') and a.cost > 0
           and a.attempted_on between ? and ?`,
      )
      .all(from, to) as typeof incidents;
    // Recoveries count on the day their money came back (the line's own day), as in the export.
    const recoveries = db
      .prepare(
        `select coalesce(k.day, i.happened_on) as day, i.cause, i.fault, i.courier_id as courier,
           o.delivery_method as method, 0 as costs, k.amount as recovered
         from incident_costs k join incidents i on i.id = k.incident_id left join orders o on o.id = i.order_id
         where k.kind = 'recovery' and k.voided_at is null and i.archived_at is null
           and coalesce(k.day, i.happened_on) between ? and ?`,
      )
      .all(from, to) as typeof incidents;
    expect(orders.length).toBeGreaterThan(100);
    expect(incidents.length).toBeGreaterThan(10);
    expect(attempts.length).toBeGreaterThan(0);
    expect(recoveries.length).toBeGreaterThan(0);
    const lines = [...incidents, ...attempts, ...recoveries];

    for (const bucket of current.buckets) {
      const inMonth = (day: string) => day.slice(0, 7) === bucket.start.slice(0, 7);
      const o = orders.filter((x) => inMonth(x.day));
      const i = incidents.filter((x) => inMonth(x.day));
      const lost = lines.filter((x) => inMonth(x.day));
      expect(
        [bucket.orders, bucket.revenue, bucket.delivered, bucket.refused, bucket.incidents, bucket.net],
        bucket.start,
      ).toEqual([
        o.length,
        payments.filter((x) => inMonth(x.day)).reduce((n, x) => n + x.received, 0),
        o.filter((x) => x.status === 'delivered').length,
        o.filter((x) => x.status === 'refused' || x.status === 'returned').length,
        i.length,
        lost.reduce((n, x) => n + x.costs - x.recovered, 0),
      ]);
    }
    const netBy = <K extends string>(key: (x: (typeof incidents)[number]) => K) => {
      const m = new Map<K, number>();
      for (const x of lines) m.set(key(x), (m.get(key(x)) ?? 0) + x.costs - x.recovered);
      return m;
    };
    for (const row of current.byCause) expect(row.net, row.cause).toBe(netBy((x) => x.cause).get(row.cause));
    for (const row of current.byFault) expect(row.net, row.fault).toBe(netBy((x) => x.fault).get(row.fault));
    for (const row of current.byDeliveryMethod) {
      expect(row.net, String(row.deliveryMethod)).toBe(
        netBy((x) => String(x.method)).get(String(row.deliveryMethod)),
      );
    }

    // Profitability classes from the raw rows, with the same rule.
    const { classes, rule } = await t.ok('reports.profitability', {});
    const perCustomer = db
      .prepare(
        `select c.id, (select coalesce(sum(amount_received), 0) from orders where customer_id = c.id) as revenue,
           (select coalesce(sum(k.amount * (case when k.kind = 'recovery' then -1 else 1 end)), 0)
              from incident_costs k join incidents i on i.id = k.incident_id where i.customer_id = c.id and k.voided_at is null)
           + (select coalesce(sum(a.cost), 0) from delivery_attempts a join orders o on o.id = a.order_id
              where o.customer_id = c.id and a.cost > 0 and a.outcome in ('refused', 'not_at_home', 'rescheduled', 'failed')) as losses,
           (select count(*) from orders where customer_id = c.id) + (select count(*) from incidents where customer_id = c.id) as activity
         from customers c where c.merged_into_id is null`,
      )
      .all() as { revenue: number; losses: number; activity: number }[];
    const brute = { profitable: 0, break_even: 0, loss_making: 0 };
    for (const c of perCustomer.filter((x) => x.activity > 0)) {
      const margin = Math.round((c.revenue * rule.marginPercent) / 100);
      const band = Math.round((margin * rule.bandPercent) / 100);
      const profit = margin - c.losses;
      brute[profit > band ? 'profitable' : profit < -band ? 'loss_making' : 'break_even'] += 1;
    }
    expect(classes).toEqual(brute);
  });
});
