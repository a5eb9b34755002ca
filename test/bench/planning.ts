import type { Core } from '../../electron/core/app';
import type { Db } from '../../electron/core/db/open';
import { Rng } from '../../electron/core/demo/random';
import { readSettings } from '../../electron/core/settings/store';
import { time } from './measure';
import { viaDispatch, type Case } from './queries';

// Issue 4's budgets are for one working day of 500 open orders (the benchmark shop's history has
// ~2,900 settled orders a day, which is not what a planner looks at). So this adds such a day to a
// COPY of the benchmark file — 500 scheduled orders with items, spread over the couriers and
// windows, some already called — and measures the day plan, the call list and a 100-order move on
// it. Moves commit for real (fsync included), which is why the cached file is never used here.

export const BENCH_DAY_ORDERS = 500;
const MOVED = 100;

interface BenchDay {
  date: string;
  /** Two couriers that each hold at least MOVED of the day's orders. */
  from: number;
  to: number;
}

function addBenchDay(db: Db, staffId: number): BenchDay {
  const rng = new Rng(777);
  const date = (
    db.prepare("select date(max(delivery_date), '+30 days') as d from orders").get() as { d: string }
  ).d;
  const couriers = db
    .prepare(
      "select id from couriers where active = 1 and kind in ('own_driver', 'foot_courier', 'courier_service') order by id",
    )
    .pluck()
    .all() as number[];
  if (couriers.length < 2) throw new Error('The benchmark shop needs two routed couriers');
  const windows = readSettings(db).deliveryWindows;
  const maxCustomer = (db.prepare('select max(id) as n from customers').get() as { n: number }).n;
  const at = Date.now();
  const insertOrder = db.prepare(
    `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee, total,
       payment_method, delivery_method, address, delivery_date, window_from, window_to, courier_id, route_position, status)
     select $number, id, $at, $at, $date, $items, 30000, $items + 30000, $payment, 'own_courier', 'Bench street ' || $n,
       $date, $from, $to, $courier, $position, 'scheduled'
     from customers where id >= $customer order by id limit 1`,
  );
  const insertItem = db.prepare(
    'insert into order_items (order_id, title, quantity, unit_price) values (?, ?, ?, ?)',
  );
  const scheduled = db.prepare(
    "insert into order_status_changes (order_id, from_status, to_status, staff_id, at) values (?, 'new', 'scheduled', ?, ?)",
  );
  const call = db.prepare(
    "insert into calls (customer_id, order_id, purpose, outcome, staff_id, at, note) select customer_id, id, 'confirmation', 'no_answer', ?, ?, '' from orders where id = ?",
  );
  db.transaction(() => {
    for (let n = 0; n < BENCH_DAY_ORDERS; n++) {
      // The first two couriers carry the bulk (the move case needs MOVED orders on one of them);
      // every twentieth order is still unassigned.
      const courier =
        n % 20 === 19
          ? null
          : n % 5 < 2
            ? couriers[0]!
            : n % 5 < 4
              ? couriers[1]!
              : couriers[n % couriers.length]!;
      const window = windows[n % windows.length]!;
      const price = 100_000 + Math.floor(rng.next() * 2_000_000);
      const orderId = Number(
        insertOrder.run({
          number: `BENCH-${date}-${n}`,
          customer: 1 + Math.floor(rng.next() * maxCustomer),
          at,
          date,
          items: price,
          payment: n % 3 === 0 ? 'card_online' : 'cash_on_delivery',
          n,
          from: window.from,
          to: window.to,
          courier,
          position: n,
        }).lastInsertRowid,
      );
      insertItem.run(orderId, 'Bench item', 1 + (n % 3), Math.floor(price / (1 + (n % 3))));
      if (n % 4 === 0) insertItem.run(orderId, 'Bench extra', 1, 0);
      scheduled.run(orderId, staffId, at);
      if (n % 3 === 1) call.run(staffId, at + 1, orderId);
    }
  })();
  return { date, from: couriers[0]!, to: couriers[1]! };
}

export async function runPlanningCases(core: Core, db: Db, staffId: number, runs: number): Promise<Case[]> {
  const day = addBenchDay(db, staffId);
  const cases: Case[] = [];

  const planFloor = db.prepare(
    `select o.id, o.number, o.courier_id, o.window_from, o.window_to, o.address, o.total, o.status,
       c.name, c.delivery_notes,
       (select p.e164 from customer_phones p where p.customer_id = o.customer_id order by p.id limit 1) as phone
     from orders o join customers c on c.id = o.customer_id
     where o.delivery_date = ? order by o.courier_id, o.window_from`,
  );
  type Plan = { couriers: { stops: unknown[] }[]; unassigned: unknown[]; messageOnly: unknown[] };
  cases.push({
    label: `day plan, ${BENCH_DAY_ORDERS} open orders`,
    note: `plan.day for a day of ${BENCH_DAY_ORDERS} scheduled orders with items (added to a copy of the file); floor: orders of the date with customer and phone`,
    op: await viaDispatch(
      core,
      runs,
      () => ['plan.day', { date: day.date }],
      (plan: Plan) =>
        plan.couriers.reduce((n, c) => n + c.stops.length, 0) +
        plan.unassigned.length +
        plan.messageOnly.length,
    ),
    floor: time(runs, () => planFloor.all(day.date).length),
  });

  const callsFloor = db.prepare(
    `select o.id, o.number, c.name, o.window_from, o.window_to, c.call_from, c.call_to, c.do_not_call
     from orders o join customers c on c.id = o.customer_id
     where o.delivery_date = ? and o.status in ('scheduled', 'confirmed') order by o.window_from, o.route_position`,
  );
  cases.push({
    label: `call list, ${BENCH_DAY_ORDERS} to confirm`,
    note: 'calls.list of that day (attempts since the last reschedule, last outcome, call hours now); floor: the orders and customers without the call counts',
    op: await viaDispatch(
      core,
      runs,
      () => ['calls.list', { date: day.date }],
      (rows: unknown[]) => rows.length,
    ),
    floor: time(runs, () => callsFloor.all(day.date).length),
  });

  // Back and forth between two couriers, each time with the orders' current updatedAt (read
  // inside the timed call: one indexed select of 100 rows, which a UI holds from the plan anyway).
  const picked = db
    .prepare(
      'select id from orders where delivery_date = ? and courier_id = ? order by route_position limit ?',
    )
    .pluck()
    .all(day.date, day.from, MOVED) as number[];
  const stamps = db.prepare(
    `select id, updated_at as updatedAt from orders where id in (${picked.join(',')})`,
  );
  const moves = Math.min(runs, 200);
  cases.push({
    label: `move ${MOVED} orders at once`,
    note: `plan.move of ${MOVED} orders to another courier (all-or-nothing, CONFLICT check, audit, committed); floor: one UPDATE … WHERE id IN (…) in a transaction`,
    op: await viaDispatch(
      core,
      moves,
      (i) => ['plan.move', { orders: stamps.all(), courierId: i % 2 === 0 ? day.to : day.from }],
      (answer: { moved: number }) => answer.moved,
    ),
    floor: time(moves, (i) => {
      const courier = i % 2 === 0 ? day.to : day.from;
      return db.transaction(
        () =>
          db.prepare(`update orders set courier_id = ? where id in (${picked.join(',')})`).run(courier)
            .changes,
      )();
    }),
  });
  return cases;
}
