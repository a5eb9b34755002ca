import { itemsTotal as sumOfItems } from '../../../shared/domain/money';
import { addressKey, emailKey, nameKey } from '../../../shared/domain/normalize';
import { reverseDigits } from '../../../shared/domain/phone';
import type { Db } from '../db/open';
import { PAID_ON_GUESS } from '../db/migrations/0011-payment-dates';
import type { CustomerDraft, OrderValues } from './records';

// The new orders of an import (and the customers they bring), written set by set instead of row
// by row. Row by row, each order cost about 60 µs on the benchmark file: every CHECK (x IN (...))
// builds its list anew for each statement run (about 19 µs over the orders' five), and three
// AFTER INSERT triggers update the customer's row (moving it in five indexes) and the day's
// stats. Here the rows go first into TEMP tables (no constraints, no indexes), then into the real
// tables with one INSERT … SELECT each — every CHECK, NOT NULL, UNIQUE and foreign key still
// applies, but each list is built once per statement. The three per-order total triggers are set
// aside meanwhile and the same totals added once per customer and per day and delivery method;
// the triggers are then created again from their own stored SQL. It all happens inside the
// import's one IMMEDIATE transaction (nobody else writes; ids are max + 1 as SQLite would give
// them), so a failure anywhere rolls back everything, triggers included.
// test/integration/import-bulk.test.ts checks the totals against a recount from the orders and the
// triggers against their SQL before the import, also after a failure.

const SUSPENDED = ['orders_stats_insert', 'orders_outcomes_insert', 'orders_day_stats_insert'] as const;

const STAGING = `
CREATE TEMP TABLE bulk_customers (id, name, name_norm, note);
CREATE TEMP TABLE bulk_phones (customer_id, e164, digits_reversed, raw);
CREATE TEMP TABLE bulk_emails (customer_id, email, email_norm);
CREATE TEMP TABLE bulk_addresses (customer_id, address, address_norm);
CREATE TEMP TABLE bulk_orders (id, number, customer_id, ordered_on, items_total, delivery_fee, total, amount_received,
  payment_method, payment_status, delivery_method, address, delivery_date, window_from, window_to, tracking_number,
  customer_comment, status, risk_override_reason, risk_override_by);
CREATE TEMP TABLE bulk_items (order_id, title, sku, quantity, unit_price);`;

const UNSTAGE = `DROP TABLE temp.bulk_customers; DROP TABLE temp.bulk_phones; DROP TABLE temp.bulk_emails;
DROP TABLE temp.bulk_addresses; DROP TABLE temp.bulk_orders; DROP TABLE temp.bulk_items;`;

/** Staged rows into the real tables, in id order (the order they were staged in). */
const FLUSH = {
  customers: `INSERT INTO customers (id, name, name_norm, note, created_at, updated_at)
    SELECT id, name, name_norm, note, $at, $at FROM temp.bulk_customers ORDER BY rowid`,
  phones: `INSERT INTO customer_phones (customer_id, e164, digits_reversed, raw, kind, verified, created_at)
    SELECT customer_id, e164, digits_reversed, raw, 'mobile', 0, $at FROM temp.bulk_phones ORDER BY rowid`,
  emails: `INSERT INTO customer_emails (customer_id, email, email_norm, created_at)
    SELECT customer_id, email, email_norm, $at FROM temp.bulk_emails ORDER BY rowid`,
  addresses: `INSERT INTO customer_addresses (customer_id, address, address_norm, created_at)
    SELECT customer_id, address, address_norm, $at FROM temp.bulk_addresses ORDER BY rowid`,
  orders: `INSERT INTO orders (id, number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee,
      total, amount_received, payment_method, payment_status, delivery_method, address, delivery_date, window_from,
      window_to, tracking_number, customer_comment, status, risk_override_reason, risk_override_by, paid_on)
    SELECT id, number, customer_id, $at, $at, ordered_on, items_total, delivery_fee, total, amount_received,
      payment_method, payment_status, delivery_method, address, delivery_date, window_from, window_to, tracking_number,
      customer_comment, status, risk_override_reason, risk_override_by, ${PAID_ON_GUESS('b')}
    FROM temp.bulk_orders b ORDER BY rowid`,
  items: `INSERT INTO order_items (order_id, title, sku, quantity, unit_price)
    SELECT order_id, title, sku, quantity, unit_price FROM temp.bulk_items ORDER BY rowid`,
  statuses: `INSERT INTO order_status_changes (order_id, from_status, to_status, staff_id, at, note)
    SELECT id, NULL, status, $staffId, $at, $note FROM temp.bulk_orders ORDER BY rowid`,
};

/** What the suspended customer triggers add, per customer, for the orders from id $from. */
const CUSTOMER_TOTALS = `
  UPDATE customers SET orders_count = orders_count + n.added_orders, revenue = revenue + n.added_revenue,
    bought_out_count = bought_out_count + n.added_bought, refused_count = refused_count + n.added_refused
  FROM (SELECT customer_id, count(*) AS added_orders, sum(amount_received) AS added_revenue,
          sum(status IN ('delivered', 'partly_bought_out')) AS added_bought,
          sum(status IN ('refused', 'returned')) AS added_refused
        FROM orders WHERE id >= $from GROUP BY customer_id) AS n
  WHERE customers.id = n.customer_id`;

/** What the suspended day-stats trigger adds: counts per order day, revenue per payment day (0011). */
const DAY_TOTALS = [
  `INSERT INTO order_day_stats (day, delivery_method, orders, revenue, delivered, partly, refused)
  SELECT ordered_on, delivery_method, count(*), 0,
    sum(status = 'delivered'), sum(status = 'partly_bought_out'), sum(status IN ('refused', 'returned'))
  FROM orders WHERE id >= $from GROUP BY ordered_on, delivery_method
  ON CONFLICT (day, delivery_method) DO UPDATE SET
    orders = orders + excluded.orders, delivered = delivered + excluded.delivered,
    partly = partly + excluded.partly, refused = refused + excluded.refused`,
  `INSERT INTO order_day_stats (day, delivery_method, revenue)
  SELECT paid_on, delivery_method, sum(amount_received) FROM orders WHERE id >= $from AND paid_on IS NOT NULL
  GROUP BY paid_on, delivery_method
  ON CONFLICT (day, delivery_method) DO UPDATE SET revenue = revenue + excluded.revenue`,
];

export interface BulkOrder {
  number: string;
  customerId: number;
  values: OrderValues;
  /** The blocklist override marked on the order, given its id (null: none). */
  override: (id: number) => { reason: string; staffId: number } | null;
}

const nextId = (db: Db, table: 'orders' | 'customers') =>
  db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number;

/** New orders and customers of one import, staged, then written at once by `finish`. */
export class BulkOrders {
  private nextOrder: number;
  private nextCustomer: number;
  private readonly firstOrder: number;
  private staged = 0;
  private readonly stage;

  constructor(private readonly db: Db) {
    if (!db.inTransaction) throw new Error('BulkOrders needs the import’s write transaction');
    this.firstOrder = this.nextOrder = nextId(db, 'orders');
    this.nextCustomer = nextId(db, 'customers');
    db.exec(STAGING);
    this.stage = {
      customer: db.prepare('INSERT INTO temp.bulk_customers VALUES (?, ?, ?, ?)'),
      phone: db.prepare('INSERT INTO temp.bulk_phones VALUES (?, ?, ?, ?)'),
      email: db.prepare('INSERT INTO temp.bulk_emails VALUES (?, ?, ?)'),
      address: db.prepare('INSERT INTO temp.bulk_addresses VALUES (?, ?, ?)'),
      order: db.prepare(
        'INSERT INTO temp.bulk_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      item: db.prepare('INSERT INTO temp.bulk_items VALUES (?, ?, ?, ?, ?)'),
    };
  }

  /** The id the customer will have. */
  customer(draft: CustomerDraft): number {
    const id = this.nextCustomer++;
    this.stage.customer.run(id, draft.name, nameKey(draft.name), draft.note);
    for (const p of draft.phones) this.stage.phone.run(id, p.e164, reverseDigits(p.e164), p.raw);
    for (const e of draft.emails) this.stage.email.run(id, e, emailKey(e));
    for (const a of draft.addresses) this.stage.address.run(id, a, addressKey(a));
    return id;
  }

  /** The id the order will have. */
  order({ number, customerId, values, override }: BulkOrder): number {
    const id = this.nextOrder++;
    const marked = override(id);
    const itemsTotal = sumOfItems(values.items);
    this.stage.order.run(
      id,
      number,
      customerId,
      values.orderedOn,
      itemsTotal,
      values.deliveryFee,
      itemsTotal + values.deliveryFee,
      values.amountReceived,
      values.paymentMethod,
      values.paymentStatus,
      values.deliveryMethod,
      values.address,
      values.deliveryDate,
      values.window?.from ?? null,
      values.window?.to ?? null,
      values.trackingNumber,
      values.comment,
      values.status,
      marked?.reason ?? null,
      marked?.staffId ?? null,
    );
    for (const item of values.items)
      this.stage.item.run(id, item.title, item.sku, item.quantity, item.unitPrice);
    this.staged++;
    return id;
  }

  /**
   * Writes everything staged, each new order with its first status change (`note`, by `staffId`),
   * and brings the customers' and days' totals up to date. `step` is told each table as it is done.
   */
  finish(at: number, staffId: number | null, note: string, step: (done: number, of: number) => void): void {
    const { db } = this;
    const triggers = db
      .prepare(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'orders'
         AND name IN (${SUSPENDED.map(() => '?').join(', ')})`,
      )
      .all(...SUSPENDED) as { name: string; sql: string }[];
    if (triggers.length !== SUSPENDED.length) {
      throw new Error(`Expected the triggers ${SUSPENDED.join(', ')} on orders; found ${triggers.length}`);
    }
    const steps = Object.keys(FLUSH).length + 1;
    if (this.staged > 0) {
      for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`);
      Object.values(FLUSH).forEach((sql, n) => {
        db.prepare(sql).run(sql.includes('$note') ? { at, staffId, note } : { at });
        step(n + 1, steps);
      });
      db.prepare(CUSTOMER_TOTALS).run({ from: this.firstOrder });
      for (const sql of DAY_TOTALS) db.prepare(sql).run({ from: this.firstOrder });
      for (const { sql } of triggers) db.exec(sql);
    }
    db.exec(UNSTAGE);
    step(steps, steps);
  }
}
