import { writeAudit } from '../audit';
import { enforceOrderPolicy } from '../blocklist/policy';
import type { CoreContext } from '../context';
import { prepared } from '../db/prepared';
import type { OrderChange, OrderPlan } from './plan-orders';
import type { ItemValue, OrderValues } from './records';
import { insertCustomer } from './write-customers';

// Orders of an import, written inside its one transaction with the same columns, status history
// and blocklist override marks as the order form writes (orders/write.ts), through statements
// compiled once.

const ORDER_COLUMNS = `customer_id = $customerId, ordered_on = $orderedOn, items_total = $itemsTotal,
  delivery_fee = $deliveryFee, total = $total, amount_received = $amountReceived, payment_method = $paymentMethod,
  payment_status = $paymentStatus, delivery_method = $deliveryMethod, address = $address,
  delivery_date = $deliveryDate, window_from = $windowFrom, window_to = $windowTo,
  tracking_number = $trackingNumber, customer_comment = $comment, status = $status, updated_at = $at`;

function columnValues(values: OrderValues, customerId: number, at: number) {
  const itemsTotal = values.items.reduce((s, i) => s + i.quantity * i.unitPrice, 0);
  return {
    customerId,
    orderedOn: values.orderedOn,
    itemsTotal,
    deliveryFee: values.deliveryFee,
    total: itemsTotal + values.deliveryFee,
    amountReceived: values.amountReceived,
    paymentMethod: values.paymentMethod,
    paymentStatus: values.paymentStatus,
    deliveryMethod: values.deliveryMethod,
    address: values.address,
    deliveryDate: values.deliveryDate,
    windowFrom: values.window?.from ?? null,
    windowTo: values.window?.to ?? null,
    trackingNumber: values.trackingNumber,
    comment: values.comment,
    status: values.status,
    at,
  };
}

function insertItems(ctx: CoreContext, orderId: number, items: ItemValue[]) {
  const insert = prepared(
    ctx.db,
    'insert into order_items (order_id, title, sku, quantity, unit_price) values (?, ?, ?, ?, ?)',
  );
  for (const item of items) insert.run(orderId, item.title, item.sku, item.quantity, item.unitPrice);
}

function statusChange(
  ctx: CoreContext,
  orderId: number,
  from: string | null,
  to: string,
  at: number,
  note: string,
) {
  prepared(
    ctx.db,
    'insert into order_status_changes (order_id, from_status, to_status, staff_id, at, note) values (?, ?, ?, ?, ?, ?)',
  ).run(orderId, from, to, ctx.session.staffId, at, note);
}

function customerId(ctx: CoreContext, change: OrderChange, at: number): number {
  const ref = change.customer;
  if (ref.kind === 'existing') return ref.id;
  // Created on its first order that is written: a customer whose orders were all refused is not.
  ref.customer.id ??= insertCustomer(ctx, ref.customer.draft, at);
  return ref.customer.id;
}

function create(ctx: CoreContext, change: OrderChange, at: number, note: string): number {
  const values = columnValues(change.values, customerId(ctx, change, at), at);
  const id = Number(
    prepared(
      ctx.db,
      `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee, total,
         amount_received, payment_method, payment_status, delivery_method, address, delivery_date, window_from, window_to,
         tracking_number, customer_comment, status)
       values ($number, $customerId, $at, $at, $orderedOn, $itemsTotal, $deliveryFee, $total, $amountReceived,
         $paymentMethod, $paymentStatus, $deliveryMethod, $address, $deliveryDate, $windowFrom, $windowTo,
         $trackingNumber, $comment, $status)`,
    ).run({ ...values, number: change.record.number }).lastInsertRowid,
  );
  insertItems(ctx, id, change.values.items);
  statusChange(ctx, id, null, change.values.status, at, note);
  return id;
}

/** An open order brought in line with the file; optimistic like orders.update (updated_at moves on). */
function update(ctx: CoreContext, change: OrderChange, at: number, note: string): number {
  const stored = change.stored!;
  const when = Math.max(at, stored.updated_at + 1);
  prepared(ctx.db, `update orders set ${ORDER_COLUMNS} where id = $id`).run({
    ...columnValues(change.values, stored.customer_id, when),
    id: stored.id,
  });
  if (change.itemsChanged) {
    prepared(ctx.db, 'delete from order_items where order_id = ?').run(stored.id);
    insertItems(ctx, stored.id, change.values.items);
  }
  if (change.values.status !== stored.status)
    statusChange(ctx, stored.id, stored.status, change.values.status, when, note);
  writeAudit(ctx.db, when, {
    staffId: ctx.session.staffId,
    action: 'update',
    entity: 'order',
    entityId: stored.id,
    before: stored,
    after: { ...change.values, itemsChanged: change.itemsChanged },
    note,
  });
  return stored.id;
}

export function writeOrders(
  ctx: CoreContext,
  plan: OrderPlan,
  fileName: string,
  overrideReason: string | undefined,
  progress: (done: number, total: number) => void,
): void {
  const at = ctx.now();
  const note = `import: ${fileName}`;
  plan.changes.forEach((change, n) => {
    const id = change.kind === 'create' ? create(ctx, change, at, note) : update(ctx, change, at, note);
    if (change.policy === 'overridden') {
      // The same check as the form, now with the owner's reason: audited, and marked on the order.
      const override = enforceOrderPolicy(ctx, {
        hits: change.judged.hits,
        paymentMethod: change.values.paymentMethod,
        overrideReason,
        orderRef: { entity: 'order', entityId: id, number: change.record.number },
      });
      if (override) {
        prepared(ctx.db, 'update orders set risk_override_reason = ?, risk_override_by = ? where id = ?').run(
          override.reason,
          override.staffId,
          id,
        );
      }
    }
    if (n % 2000 === 0) progress(n, plan.changes.length);
  });
}
