import type Database from 'better-sqlite3';
import type { Db } from '../db/open';

// Every insert the demo makes, prepared once and reused in the loops: preparing per row would
// cost more than the insert itself at a million orders. Arguments are positional for the same
// reason (no per-row object for named parameters). "or fail" because a plain insert into a table
// with triggers (customer totals, name words) opens a statement journal for every row, copying
// each page it touches; with FAIL a failed row still throws and the whole demo transaction rolls
// back, which is all the generator needs. Measured: an order insert 56 -> 34 us.

type Insert = Database.Statement<unknown[], unknown>;

export interface DemoStatements {
  courier: Insert;
  customer: Insert;
  phone: Insert;
  email: Insert;
  address: Insert;
  customerNote: Insert;
  order: Insert;
  item: Insert;
  statusChange: Insert;
  attempt: Insert;
  call: Insert;
  courierCash: Insert;
  incident: Insert;
  incidentCost: Insert;
  blocklist: Insert;
}

export function prepareStatements(db: Db): DemoStatements {
  const p = (sql: string): Insert => db.prepare<unknown[], unknown>(sql);
  return {
    courier: p(
      `insert or fail into couriers (name, kind, phone_e164, capacity, cost_per_delivery, note, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    customer: p(
      `insert or fail into customers (name, name_norm, vip, caution, doubtful, call_from, call_to, time_zone,
         do_not_call, preferred_courier_id, delivery_notes, note, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    phone: p(
      `insert or fail into customer_phones (customer_id, e164, digits_reversed, raw, kind, verified, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    email: p(
      'insert or fail into customer_emails (customer_id, email, email_norm, created_at) values (?, ?, ?, ?)',
    ),
    address: p(
      'insert or fail into customer_addresses (customer_id, address, address_norm, note, created_at) values (?, ?, ?, ?, ?)',
    ),
    customerNote: p(
      'insert or fail into customer_notes (customer_id, text, staff_id, created_at) values (?, ?, ?, ?)',
    ),
    order: p(
      `insert or fail into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee,
         total, amount_received, payment_method, payment_status, delivery_method, address, delivery_date,
         window_from, window_to, courier_id, tracking_number, parcel_weight_g, checked_in_presence, status,
         customer_comment, paid_on)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    item: p(
      `insert or fail into order_items (order_id, title, sku, quantity, unit_price, kept_quantity)
       values (?, ?, ?, ?, ?, ?)`,
    ),
    statusChange: p(
      `insert or fail into order_status_changes (order_id, from_status, to_status, staff_id, at, note)
       values (?, ?, ?, ?, ?, ?)`,
    ),
    attempt: p(
      `insert or fail into delivery_attempts (order_id, courier_id, attempted_on, outcome, cost, note, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    call: p(
      `insert or fail into calls (customer_id, order_id, purpose, outcome, staff_id, at, override_reason, note)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    courierCash: p(
      `insert or fail into courier_cash (courier_id, day, expected, handed_over, note, staff_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    incident: p(
      `insert or fail into incidents (happened_on, channel, cause, fault, status, waiting_for, resolution, follow_up_due,
         customer_says, promised, description, parcel_weight_g, customer_id, order_id, courier_id,
         created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    incidentCost: p(
      'insert or fail into incident_costs (incident_id, kind, amount, note, staff_id, created_at, day) values (?, ?, ?, ?, ?, ?, ?)',
    ),
    blocklist: p(
      `insert or fail into blocklist_entries (kind, value, value_norm, action, reason, customer_id, created_by,
         created_at, expires_at, lifted_at, lifted_by, lift_reason)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/** The row id of an insert; ids are plain numbers here (no safeIntegers on this connection). */
export function rowId(result: Database.RunResult): number {
  return Number(result.lastInsertRowid);
}
