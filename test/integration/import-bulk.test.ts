import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { count, orderRow, uploadOrders, type RunInput } from '../support/import-files';

// An import writes its new orders set by set, with the per-order total triggers set aside and the
// totals added once (electron/core/import/bulk-orders.ts). Here the totals it leaves are compared
// with a recount from the orders themselves — the triggers' definition — on top of orders written
// one by one, and the triggers are checked to be back, word for word, and working.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const STATUSES = ['new', 'delivered', 'partly_bought_out', 'refused', 'returned', 'cancelled', 'lost'];

async function commit(name: string, rows: string[][]) {
  return t.ok('import.commit', await uploadOrders(t, name, rows));
}

const triggers = () =>
  t.core.ctx!.db.prepare("select name, sql from sqlite_schema where type = 'trigger' order by name").all();

/** Customers whose kept totals differ from a recount of their orders. */
function customersOff() {
  return t.core
    .ctx!.db.prepare(
      `select c.id, c.orders_count, c.revenue, c.bought_out_count, c.refused_count, r.n, r.revenue as r_revenue
       from customers c left join (
         select customer_id, count(*) as n, sum(amount_received) as revenue,
           sum(status in ('delivered', 'partly_bought_out')) as bought, sum(status in ('refused', 'returned')) as refused
         from orders group by customer_id) r on r.customer_id = c.id
       where c.orders_count <> coalesce(r.n, 0) or c.revenue <> coalesce(r.revenue, 0)
         or c.bought_out_count <> coalesce(r.bought, 0) or c.refused_count <> coalesce(r.refused, 0)`,
    )
    .all();
}

/** Day-stats rows that differ from a recount of the orders (both ways). */
function daysOff() {
  // Counts on the order day, revenue (money received) on the payment day (migration 0011).
  const recount = `select day, delivery_method, sum(orders) as orders, sum(revenue) as revenue,
      sum(delivered) as delivered, sum(partly) as partly, sum(refused) as refused
    from (select ordered_on as day, delivery_method, 1 as orders, 0 as revenue, status = 'delivered' as delivered,
            status = 'partly_bought_out' as partly, status in ('refused', 'returned') as refused from orders
          union all
          select paid_on, delivery_method, 0, amount_received, 0, 0, 0 from orders where paid_on is not null)
    group by 1, 2 having sum(orders) <> 0 or sum(revenue) <> 0`;
  const kept = `select day, delivery_method, orders, revenue, delivered, partly, refused from order_day_stats
    where orders <> 0 or revenue <> 0`;
  return t.core.ctx!.db.prepare(`${recount} except ${kept} union all ${kept} except ${recount}`).all();
}

describe('bulk writing of an import', () => {
  it('leaves the customers’ and days’ totals equal to a recount, and the triggers as they were', async () => {
    t = makeCore();
    await setupOwner(t);
    const db = t.core.ctx!.db;
    const schema = triggers();

    // Orders written one by one first (the triggers keep their totals), on days the import shares.
    const first = await commit(
      'first.csv',
      Array.from({ length: 40 }, (_, i) => orderRow(i + 1, { Status: STATUSES[i % STATUSES.length]! })),
    );
    expect(first.create).toBe(40);
    const one = db.prepare(
      `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, total, amount_received,
         payment_method, delivery_method, status)
       values (?, ?, 0, 0, ?, 1000, 1000, ?, 'cash_on_delivery', 'own_courier', ?)`,
    );
    const someCustomer = db.prepare('select min(id) from customers').pluck().get() as number;
    one.run('BY-HAND-1', someCustomer, '2026-10-02', 1000, 'delivered');
    one.run('BY-HAND-2', someCustomer, '2026-10-03', 0, 'refused');
    expect(customersOff()).toEqual([]);
    expect(daysOff()).toEqual([]);

    // The second file: new customers and known ones, every outcome, on the same days.
    const second = await commit(
      'second.csv',
      Array.from({ length: 700 }, (_, i) =>
        orderRow(i + 41, { Status: STATUSES[(i * 3) % STATUSES.length]! }),
      ),
    );
    expect(second.create).toBe(700);
    expect(count(t, 'orders')).toBe(742);
    expect(customersOff()).toEqual([]);
    expect(daysOff()).toEqual([]);
    const delivered = db
      .prepare("select count(*) from orders where status = 'delivered' and amount_received > 0")
      .pluck()
      .get() as number;
    expect(delivered).toBeGreaterThan(0);
    expect(triggers()).toEqual(schema);

    // Each new order has its lines and its first status change, by the owner, naming the file.
    expect(count(t, 'order_items')).toBe(740);
    const firstChanges = db
      .prepare(
        `select count(*) from order_status_changes s join orders o on o.id = s.order_id
         where s.from_status is null and s.to_status = o.status and s.note = 'import: second.csv'`,
      )
      .pluck()
      .get();
    expect(firstChanges).toBe(700);

    // The triggers work again: an order written one by one after the import still counts.
    one.run('BY-HAND-3', someCustomer, '2026-10-04', 5000, 'delivered');
    expect(customersOff()).toEqual([]);
    expect(daysOff()).toEqual([]);
  });

  it('puts the triggers back when the bulk write fails, and nothing of it stays', async () => {
    t = makeCore();
    await setupOwner(t);
    const db = t.core.ctx!.db;
    // Refuses one order once the rows go into the real table, so the failure is mid-way.
    db.exec(
      "CREATE TRIGGER refuse_one BEFORE INSERT ON orders WHEN NEW.number = 'SD-0050' BEGIN SELECT RAISE(ABORT, 'refused by test'); END",
    );
    const schema = triggers();
    const input = await uploadOrders(
      t,
      'fails.csv',
      Array.from({ length: 80 }, (_, i) => orderRow(i + 1)),
    );
    const failed = await t.call('import.commit', input);
    expect(failed).toMatchObject({ ok: false });
    expect(triggers()).toEqual(schema);
    expect(count(t, 'orders')).toBe(0);
    expect(count(t, 'customers')).toBe(0);
    expect(count(t, 'order_day_stats')).toBe(0);
  });

  it('commits what its dry run checked, planned against the database as it is at the commit', async () => {
    const steps: string[] = [];
    t = makeCore({
      onEvent: (event, payload) => {
        const p = payload as { task?: string; step?: string };
        if (event === 'task.progress' && p.task === 'import') steps.push(p.step!);
      },
    });
    await setupOwner(t);
    const db = t.core.ctx!.db;
    const rows = Array.from({ length: 10 }, (_, i) => orderRow(i + 1));
    const input: RunInput = {
      ...(await uploadOrders(t, 'ten.csv', rows)),
      defaults: { deliveryMethod: 'post' },
    };
    expect(await t.ok('import.dryRun', input)).toMatchObject({ create: 10, skipped: 0 });
    expect(steps).toContain('read');

    // Meanwhile someone types order SD-0003 for another customer: the commit must see it.
    const other = Number(
      db
        .prepare("insert into customers (name, name_norm, created_at, updated_at) values ('X', 'x', 0, 0)")
        .run().lastInsertRowid,
    );
    db.prepare(
      `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, total, payment_method, delivery_method)
       values ('SD-0003', ?, 0, 0, '2026-10-01', 100, 100, 'cash_on_delivery', 'own_courier')`,
    ).run(other);

    steps.length = 0;
    const done = await t.ok('import.commit', input);
    // The rows were not read again …
    expect(steps).not.toContain('read');
    // … but the plan was made again: SD-0003 now belongs to someone else and is skipped.
    expect(done).toMatchObject({ create: 9, skipped: 1 });
    expect(done.problems.map((p) => p.code)).toEqual(['customer_differs']);
    expect(count(t, 'orders', "delivery_method = 'post'")).toBe(9);

    // Another setup for the same file is read and checked afresh (a default fills new orders only,
    // so the nine written are unchanged).
    steps.length = 0;
    const second = await t.ok('import.commit', { ...input, defaults: { deliveryMethod: 'pickup_point' } });
    expect(steps).toContain('read');
    expect(second).toMatchObject({ create: 0, unchanged: 9, skipped: 1 });
  });

  it('refuses to commit a dry run’s rows once their uploaded file is gone, writing nothing', async () => {
    t = makeCore();
    await setupOwner(t);
    const input = await uploadOrders(
      t,
      'gone.csv',
      Array.from({ length: 5 }, (_, i) => orderRow(i + 1)),
    );
    expect(await t.ok('import.dryRun', input)).toMatchObject({ create: 5 });
    rmSync(join(t.dir, 'imports', `${input.uploadId}.csv`));
    expect(await t.call('import.commit', input)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This upload is gone; upload the file again.' },
    });
    expect(count(t, 'orders')).toBe(0);
  });

  it('counts its writing progress in orders, rising to the number written', async () => {
    const writes: [number, number][] = [];
    t = makeCore({
      onEvent: (event, payload) => {
        const p = payload as { task?: string; step?: string; done: number; total: number };
        if (event === 'task.progress' && p.task === 'import' && p.step === 'write')
          writes.push([p.done, p.total]);
      },
    });
    await setupOwner(t);
    await commit(
      'progress.csv',
      Array.from({ length: 5000 }, (_, i) => orderRow(i + 1)),
    );
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.every(([, total]) => total === 5000)).toBe(true);
    const done = writes.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(5000);
  });
});
