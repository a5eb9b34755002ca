import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// The customer totals the list sorts by are kept by triggers; here they are checked against a
// recount after inserts, edits and moves.

let t: TestCore;
afterEach(() => t?.close());

function recount(t: TestCore, customerId: number) {
  const db = t.core.ctx!.db;
  return db
    .prepare(
      `select
        (select count(*) from orders where customer_id = $id) as orders_count,
        (select coalesce(sum(amount_received), 0) from orders where customer_id = $id) as revenue,
        (select count(*) from incidents where customer_id = $id) as incidents_count,
        (select coalesce(sum(case when c.kind = 'recovery' then -c.amount else c.amount end), 0)
           from incident_costs c join incidents i on i.id = c.incident_id
           where i.customer_id = $id and c.voided_at is null) as losses`,
    )
    .get({ id: customerId });
}

function kept(t: TestCore, customerId: number) {
  return t.core
    .ctx!.db.prepare('select orders_count, revenue, incidents_count, losses from customers where id = ?')
    .get(customerId);
}

describe('customer totals kept by triggers', () => {
  it('match a recount after orders, incidents, costs, recoveries and moves', async () => {
    t = makeCore();
    await setupOwner(t);
    const db = t.core.ctx!.db;
    const customer = (name: string) =>
      Number(
        db
          .prepare('insert into customers (name, name_norm, created_at, updated_at) values (?, ?, 0, 0)')
          .run(name, name).lastInsertRowid,
      );
    const a = customer('A');
    const b = customer('B');
    const order = db.prepare(
      `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, total, amount_received, payment_method, delivery_method)
       values (?, ?, 0, 0, '2026-11-01', ?, ?, ?, 'cash_on_delivery', 'own_courier')`,
    );
    const o1 = Number(order.run('1', a, 100_000, 100_000, 100_000).lastInsertRowid);
    order.run('2', a, 50_000, 50_000, 0);
    const incident = Number(
      db
        .prepare(
          `insert into incidents (happened_on, channel, cause, customer_id, order_id, created_by, created_at, updated_at)
           values ('2026-11-02', 'phone', 'damaged', ?, ?, 1, 0, 0)`,
        )
        .run(a, o1).lastInsertRowid,
    );
    const cost = db.prepare(
      'insert into incident_costs (incident_id, kind, amount, staff_id, created_at) values (?, ?, ?, 1, 0)',
    );
    cost.run(incident, 'refund', 30_000);
    cost.run(incident, 'return_shipping', 4_500);
    cost.run(incident, 'recovery', 10_000);
    expect(kept(t, a)).toEqual(recount(t, a));
    expect(kept(t, a)).toMatchObject({
      orders_count: 2,
      revenue: 100_000,
      incidents_count: 1,
      losses: 24_500,
    });

    db.prepare('update orders set amount_received = 40_000 where number = ?').run('2');
    db.prepare("update incident_costs set amount = 5_000 where kind = 'recovery'").run();
    expect(kept(t, a)).toEqual(recount(t, a));
    // A voided cost line no longer counts; it cannot be deleted or un-voided.
    const typo = Number(cost.run(incident, 'compensation', 999_900).lastInsertRowid);
    expect(kept(t, a)).toMatchObject({ losses: 29_500 + 999_900 });
    db.prepare('update incident_costs set voided_at = 1, voided_by = 1, void_reason = ? where id = ?').run(
      'typo',
      typo,
    );
    expect(kept(t, a)).toEqual(recount(t, a));
    expect(() => db.prepare('delete from incident_costs where id = ?').run(typo)).toThrow(
      /voided, never deleted/,
    );
    expect(() => db.prepare('update incident_costs set voided_at = null where id = ?').run(typo)).toThrow(
      /keeps its history/,
    );
    expect(db.prepare('select costs, recovered from incidents where id = ?').get(incident)).toEqual({
      costs: 34_500,
      recovered: 5_000,
    });

    // Merging moves history to another customer: totals follow it.
    db.prepare('update orders set customer_id = ? where customer_id = ?').run(b, a);
    db.prepare('update incidents set customer_id = ? where customer_id = ?').run(b, a);
    expect(kept(t, a)).toEqual(recount(t, a));
    expect(kept(t, b)).toEqual(recount(t, b));
    expect(kept(t, b)).toMatchObject({
      orders_count: 2,
      revenue: 140_000,
      incidents_count: 1,
      losses: 29_500,
    });
  });
});
