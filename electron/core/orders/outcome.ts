import type { ChannelInput } from '../../../shared/contract';
import type { Order } from '../../../shared/contract/orders';
import { localDate } from '../../../shared/domain/dates';
import type { OrderStatus } from '../../../shared/domain/enums';
import { canMove, ORDER_TRANSITIONS } from '../../../shared/domain/order-status';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AppError, conflict, invalid } from '../errors';
import { readSettings } from '../settings/store';
import { assertPlannable, INTO_PLANNING } from './planning-gate';
import { getOrder } from './read';

function fresh(ctx: CoreContext, id: number, expectedUpdatedAt: number): Order {
  const order = getOrder(ctx.db, id);
  if (order.updatedAt !== expectedUpdatedAt) {
    throw conflict('This order was changed meanwhile by someone else. Reload it and try again.');
  }
  return order;
}

function moveStatus(
  ctx: CoreContext,
  orderId: number,
  from: OrderStatus,
  to: OrderStatus,
  note: string,
  at: number,
) {
  ctx.db.prepare('update orders set status = ?, updated_at = ? where id = ?').run(to, at, orderId);
  ctx.db
    .prepare(
      'insert into order_status_changes (order_id, from_status, to_status, staff_id, at, note) values (?, ?, ?, ?, ?, ?)',
    )
    .run(orderId, from, to, ctx.session.staffId, at, note);
}

function refuseMove(from: OrderStatus, to: OrderStatus): never {
  const allowed = ORDER_TRANSITIONS[from];
  throw invalid(
    'status',
    `An order that is ${from} cannot become ${to}.` +
      (allowed.length ? ` It can become: ${allowed.join(', ')}.` : ''),
  );
}

export function setOrderStatus(ctx: CoreContext, input: ChannelInput<'orders.setStatus'> & { note: string }) {
  const order = fresh(ctx, input.id, input.expectedUpdatedAt);
  if (input.status === 'partly_bought_out') {
    throw invalid(
      'status',
      'Record a partial buyout as a delivery attempt, with the items the customer kept.',
    );
  }
  if (!canMove(order.status, input.status)) refuseMove(order.status, input.status);
  if (INTO_PLANNING.includes(input.status)) assertPlannable(ctx, order.id);
  const at = Math.max(ctx.now(), order.updatedAt + 1);
  ctx.db.transaction(() => moveStatus(ctx, order.id, order.status, input.status, input.note, at))();
  return getOrder(ctx.db, input.id);
}

const STATUS_AFTER: Record<ChannelInput<'orders.recordAttempt'>['outcome'], OrderStatus> = {
  delivered: 'delivered',
  partly_bought_out: 'partly_bought_out',
  refused: 'refused',
  not_at_home: 'not_at_home',
  rescheduled: 'not_at_home',
  failed: 'not_at_home',
};

/**
 * Statuses an attempt can be recorded from: the courier had the parcel that day (a "new" order
 * with a date goes out too: planning/day-lists.ts puts it on the end-of-day list).
 */
const ATTEMPTABLE: readonly OrderStatus[] = [
  'new',
  'scheduled',
  'confirmed',
  'out_for_delivery',
  'not_at_home',
];

/** The value of what the customer kept on a partial buyout, checked against the order's items. */
function keptValue(order: Order, kept: { itemId: number; quantity: number }[]): number {
  const byId = new Map(order.items.map((i) => [i.id, i]));
  let value = 0;
  let keptUnits = 0;
  let allUnits = 0;
  for (const k of kept) {
    const item = byId.get(k.itemId);
    if (!item) throw invalid('kept', 'One of the kept items is not in this order.');
    if (k.quantity > item.quantity)
      throw invalid('kept', `At most ${item.quantity} of “${item.title}” can be kept.`);
    value += k.quantity * item.unitPrice;
    keptUnits += k.quantity;
  }
  for (const item of order.items) allUnits += item.quantity;
  if (keptUnits === 0) throw invalid('kept', 'Nothing kept is a refusal, not a partial buyout.');
  if (keptUnits === allUnits) throw invalid('kept', 'Everything kept is a delivery, not a partial buyout.');
  return value;
}

export function recordAttempt(
  ctx: CoreContext,
  input: ChannelInput<'orders.recordAttempt'> & { note: string },
) {
  const order = fresh(ctx, input.id, input.expectedUpdatedAt);
  // An outcome is what a courier's returned sheet says: a day that has not come has no sheet yet.
  const today = localDate(ctx.now(), readSettings(ctx.db).timeZone);
  if (input.attemptedOn > today) {
    throw invalid(
      'attemptedOn',
      `${input.attemptedOn} has not come yet: record an outcome on the day of the attempt or later.`,
    );
  }
  if (!ATTEMPTABLE.includes(order.status)) {
    throw new AppError(
      'VALIDATION',
      `A delivery attempt cannot be recorded for an order that is ${order.status}.`,
      [{ path: 'outcome', message: `The order is ${order.status}.` }],
    );
  }
  const status = STATUS_AFTER[input.outcome];
  const kept = input.outcome === 'partly_bought_out' ? keptValue(order, input.kept ?? []) : null;
  if (input.outcome !== 'partly_bought_out' && input.kept?.length) {
    throw invalid('kept', 'Kept items go only with a partial buyout.');
  }
  const courierCost = order.courier
    ? (
        ctx.db.prepare('select cost_per_delivery as c from couriers where id = ?').get(order.courier.id) as {
          c: number;
        }
      ).c
    : 0;
  const cost = input.cost ?? courierCost;
  const received =
    input.amountReceived ??
    (input.outcome === 'delivered'
      ? order.total
      : kept !== null
        ? kept + order.deliveryFee
        : order.amountReceived);
  const at = Math.max(ctx.now(), order.updatedAt + 1);

  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `insert into delivery_attempts (order_id, courier_id, attempted_on, outcome, cost, note, created_at)
         values (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(order.id, order.courier?.id ?? null, input.attemptedOn, input.outcome, cost, input.note, at);
    if (kept !== null) {
      const setKept = ctx.db.prepare(
        'update order_items set kept_quantity = ? where id = ? and order_id = ?',
      );
      const keptById = new Map((input.kept ?? []).map((k) => [k.itemId, k.quantity]));
      for (const item of order.items) setKept.run(keptById.get(item.id) ?? 0, item.id, order.id);
    }
    const paidNow = status === 'delivered' || status === 'partly_bought_out';
    ctx.db
      .prepare(
        `update orders set amount_received = $received, checked_in_presence = coalesce($checked, checked_in_presence),
           payment_status = case when $paidNow and payment_status = 'unpaid' then 'paid' else payment_status end,
           paid_on = case when $received > 0 then coalesce(paid_on, $day) else paid_on end
         where id = $id`,
      )
      // Money collected at the door is revenue of the day the courier collected it.
      .run({
        received,
        checked: input.checkedInPresence ?? null,
        paidNow: paidNow ? 1 : 0,
        day: input.attemptedOn,
        id: order.id,
      });
    // The sheet came back, so the parcel was out for delivery: the timeline says so too.
    if (order.status !== 'out_for_delivery')
      moveStatus(ctx, order.id, order.status, 'out_for_delivery', '', at);
    if (status !== 'out_for_delivery') moveStatus(ctx, order.id, 'out_for_delivery', status, input.note, at);
    if (received !== order.amountReceived) {
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'record_attempt',
        entity: 'order',
        entityId: order.id,
        before: { amountReceived: order.amountReceived, status: order.status },
        after: { amountReceived: received, status, cost },
      });
    }
  })();
  return getOrder(ctx.db, input.id);
}
