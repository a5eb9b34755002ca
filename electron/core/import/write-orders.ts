import { itemsTotal as sumOfItems } from '../../../shared/domain/money';
import { writeAudit } from '../audit';
import { orderOverride } from '../orders/override';
import { enforceOrderPolicy } from '../risk/order-policy';
import type { CoreContext } from '../context';
import { prepared } from '../db/prepared';
import type { OrderChange, OrderPlan } from './plan-orders';
import type { ItemValue, OrderValues } from './records';
import { BulkOrders } from './bulk-orders';
import { PAID_ON_GUESS } from '../db/migrations/0011-payment-dates';

// Orders of an import, written inside its one transaction with the same columns, status history
// and blocklist override marks as the order form writes (orders/write.ts), through statements
// compiled once.

const ORDER_COLUMNS = `customer_id = $customerId, ordered_on = $orderedOn, items_total = $itemsTotal,
  delivery_fee = $deliveryFee, total = $total, amount_received = $amountReceived, payment_method = $paymentMethod,
  payment_status = $paymentStatus, delivery_method = $deliveryMethod, address = $address,
  delivery_date = $deliveryDate, window_from = $windowFrom, window_to = $windowTo,
  tracking_number = $trackingNumber, customer_comment = $comment, status = $status, updated_at = $at`;

function columnValues(values: OrderValues, customerId: number, at: number) {
  const itemsTotal = sumOfItems(values.items);
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

/** An open order brought in line with the file; optimistic like orders.update (updated_at moves on). */
function update(ctx: CoreContext, change: OrderChange, at: number, note: string): number {
  const stored = change.stored!;
  const when = Math.max(at, stored.updated_at + 1);
  prepared(ctx.db, `update orders set ${ORDER_COLUMNS} where id = $id`).run({
    ...columnValues(change.values, stored.customer_id, when),
    id: stored.id,
  });
  // Money the file says came: on the day its own row tells (as the migration guessed for old rows).
  prepared(
    ctx.db,
    `update orders set paid_on = coalesce(paid_on, ${PAID_ON_GUESS('orders')}) where id = ?`,
  ).run(stored.id);
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
  const creates = plan.changes.filter((c) => c.kind === 'create');
  const updates = plan.changes.filter((c) => c.kind === 'update');
  // Progress in orders ("Writing: 40,000 of 100,000"): staging a new order is the first half of
  // writing it, the set-by-set write of all of them the second.
  const total = plan.changes.length;
  let ticks = 0;
  const tick = (done: number) => {
    if (ticks++ % 2000 === 0) progress(Math.floor(done), total);
  };
  /** The same check as the form, now with the owner's reason: audited, and marked on the order. */
  const override = (change: OrderChange, id: number) =>
    change.policy === 'overridden'
      ? enforceOrderPolicy(ctx, {
          signals: change.judged.signals,
          paymentMethod: change.values.paymentMethod,
          overrideReason,
          accepted: change.kind === 'update' ? orderOverride(ctx.db, id)?.keys : undefined,
          orderRef: { entity: 'order', entityId: id, number: change.record.number },
        })
      : null;

  // New orders (and their customers) in bulk.
  const bulk = new BulkOrders(ctx.db);
  let staged = 0;
  for (const change of creates) {
    const ref = change.customer;
    // A new customer is created with its first order that is written: one whose orders were all
    // refused is not.
    const customerId =
      ref.kind === 'existing' ? ref.id : (ref.customer.id ??= bulk.customer(ref.customer.draft));
    const id = bulk.order({
      number: change.record.number,
      customerId,
      values: change.values,
      override: (id) => override(change, id),
    });
    if (change.riskHit) change.riskHit.orderId = id;
    tick(++staged / 2);
  }
  bulk.finish(at, ctx.session.staffId, note, (step, of) =>
    progress(Math.round((creates.length * (of + step)) / (2 * of)), total),
  );

  // Then the stored orders still open, one by one: their triggers keep the totals as for any edit.
  let updated = 0;
  for (const change of updates) {
    const id = update(ctx, change, at, note);
    if (change.riskHit) change.riskHit.orderId = id;
    const marked = override(change, id);
    if (marked) {
      prepared(ctx.db, 'update orders set risk_override_reason = ?, risk_override_by = ? where id = ?').run(
        marked.reason,
        marked.staffId,
        id,
      );
    }
    tick(creates.length + ++updated);
  }
}
