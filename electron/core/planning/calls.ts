import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { doorPayment } from '../../../shared/domain/door-payment';
import type { DeliveryMethod, OrderStatus, PaymentMethod, PaymentStatus } from '../../../shared/domain/enums';
import { canMove } from '../../../shared/domain/order-status';
import { assertPlannable } from '../orders/planning-gate';
import type { Settings } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { AppError, invalid, notFound } from '../errors';
import { shopHours } from '../orders/validate';
import { callAllowedNow } from '../risk/call-hours';
import { readSettings } from '../settings/store';
import { writeAudit } from '../audit';
import { TO_CONFIRM_FOR_DELIVERY_DATE } from './day-lists';

type CallRow = ChannelOutput<'calls.list'>[number];

interface Row {
  order_id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  phone: string | null;
  address: string;
  courier_name: string | null;
  delivery_method: DeliveryMethod;
  payment_method: PaymentMethod;
  payment_status: PaymentStatus;
  total: number;
  amount_received: number;
  window_from: string | null;
  window_to: string | null;
  call_from: string | null;
  call_to: string | null;
  time_zone: string | null;
  do_not_call: number;
  status: OrderStatus;
  attempts: number;
  last_outcome: CallRow['lastOutcome'];
  call_back_at: string | null;
  message_at: number | null;
  message_by: string | null;
}

/** Delivery methods whose customers get a message, not a call (DESIGN: pickup point, post). */
const MESSAGE_METHODS: readonly DeliveryMethod[] = ['pickup_point', 'post'];

// Attempts, the last outcome and its callback time count confirmation calls since the order was
// last (re)scheduled, so a moved or rescheduled order starts again from zero on its new day.
function selectCalls(where: string, orderBy = ''): string {
  const since = `from calls k where k.order_id = q.order_id and k.purpose = 'confirmation' and k.at > q.since`;
  return `select q.*,
      (select count(*) ${since}) as attempts,
      (select k.outcome ${since} order by k.at desc, k.id desc limit 1) as last_outcome,
      (select b.at ${since.replace('from calls k', 'from calls k left join call_callbacks b on b.call_id = k.id')}
         order by k.at desc, k.id desc limit 1) as call_back_at,
      (select m.at from order_messages m where m.order_id = q.order_id order by m.at desc, m.id desc limit 1) as message_at,
      (select s.name from order_messages m join staff s on s.id = m.staff_id where m.order_id = q.order_id
         order by m.at desc, m.id desc limit 1) as message_by
    from (select o.id as order_id, o.number, o.customer_id, c.name as customer_name,
        (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = o.customer_id order by p.id limit 1) as phone,
        o.address, k.name as courier_name, o.delivery_method, o.payment_method, o.payment_status, o.total, o.amount_received,
        o.window_from, o.window_to, o.route_position, c.call_from, c.call_to, c.time_zone, c.do_not_call,
        o.status, coalesce((select max(s.at) from order_status_changes s where s.order_id = o.id and s.to_status = 'scheduled'), 0)
          as since
      from orders o join customers c on c.id = o.customer_id left join couriers k on k.id = o.courier_id
      where ${where}) q ${orderBy}`;
}

function toRow(r: Row, now: number, settings: Settings): CallRow {
  return {
    orderId: r.order_id,
    number: r.number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    phone: r.phone,
    address: r.address,
    courierName: r.courier_name,
    deliveryMethod: r.delivery_method,
    paymentMethod: r.payment_method,
    door: doorPayment({
      paymentMethod: r.payment_method,
      paymentStatus: r.payment_status,
      total: r.total,
      amountReceived: r.amount_received,
    }),
    contact: r.do_not_call === 1 || MESSAGE_METHODS.includes(r.delivery_method) ? 'message' : 'call',
    window: r.window_from && r.window_to ? { from: r.window_from, to: r.window_to } : null,
    callHours: r.call_from && r.call_to ? { from: r.call_from, to: r.call_to } : null,
    callNow: callAllowedNow(
      { callFrom: r.call_from, callTo: r.call_to, doNotCall: r.do_not_call === 1, timeZone: r.time_zone },
      now,
      settings.timeZone,
    ),
    attempts: r.attempts,
    lastOutcome: r.last_outcome,
    confirmed: r.status === 'confirmed',
    status: r.status,
    callBackAt: r.call_back_at,
    messageSent: r.message_at !== null ? { at: r.message_at, by: r.message_by ?? '' } : null,
  };
}

/**
 * Customers to confirm for a date (day-lists.ts decides who), by window; those who asked to be
 * called again come after, in the order of the time they gave. Pickup-point, post and
 * do-not-call customers are listed too, marked to get a message instead.
 */
export function callList(db: Db, date: string, now: number, settings: Settings): CallRow[] {
  const rows = db
    .prepare(
      selectCalls(
        `o.delivery_date = ? and ${TO_CONFIRM_FOR_DELIVERY_DATE}`,
        `order by call_back_at is not null, call_back_at, coalesce(q.window_from, '99:99'), q.route_position, q.order_id`,
      ),
    )
    .all(date) as Row[];
  return rows.map((r) => toRow(r, now, settings));
}

function callRow(db: Db, orderId: number, now: number, settings: Settings): CallRow {
  const row = db.prepare(selectCalls('o.id = ?')).get(orderId) as Row | undefined;
  if (!row) throw notFound('This order');
  return toRow(row, now, settings);
}

/** Logs one call in a keystroke or two; the order follows the outcome. */
export function logCall(ctx: CoreContext, input: ChannelInput<'calls.log'> & { note: string }): CallRow {
  const { db } = ctx;
  const settings = readSettings(db);
  const now = ctx.now();
  const before = callRow(db, input.orderId, now, settings);
  // Quiet hours and do-not-call are enforced by the list itself (SCENARIOS 17).
  if (!before.callNow.allowed && !input.overrideReason) {
    const why =
      before.callNow.reason === 'do_not_call'
        ? 'The customer asked not to be called.'
        : `It is ${before.callNow.localTime} for the customer, outside their call hours.`;
    throw new AppError('VALIDATION', `${why} Give a reason to log this call anyway.`, [
      { path: 'overrideReason', message: why },
    ]);
  }
  if (input.reschedule?.window) {
    const hours = shopHours(settings);
    if (input.reschedule.window.from < hours.from || input.reschedule.window.to > hours.to) {
      throw invalid(
        'reschedule.window.from',
        `Outside the shop's delivery hours (${hours.from}–${hours.to}).`,
      );
    }
  }
  const nextStatus: OrderStatus | null =
    input.outcome === 'confirmed' ? 'confirmed' : input.outcome === 'cancelled' ? 'cancelled' : null;
  if (nextStatus && nextStatus !== before.status && !canMove(before.status, nextStatus)) {
    throw invalid('outcome', `An order that is ${before.status} cannot become ${nextStatus}.`);
  }
  if (nextStatus === 'confirmed' || input.outcome === 'reschedule') assertPlannable(ctx, input.orderId);
  db.transaction(() => {
    const call = db
      .prepare(
        `insert into calls (customer_id, order_id, purpose, outcome, staff_id, at, override_reason, note)
       values (?, ?, 'confirmation', ?, ?, ?, ?, ?)`,
      )
      .run(
        before.customerId,
        input.orderId,
        input.outcome,
        ctx.session.staffId,
        now,
        input.overrideReason ?? null,
        input.note,
      );
    if (input.callBackAt) {
      db.prepare('insert into call_callbacks (call_id, at) values (?, ?)').run(
        call.lastInsertRowid,
        input.callBackAt,
      );
    }
    const move = (to: OrderStatus, note: string) => {
      db.prepare('update orders set status = ?, updated_at = max(?, updated_at + 1) where id = ?').run(
        to,
        now,
        input.orderId,
      );
      db.prepare(
        'insert into order_status_changes (order_id, from_status, to_status, staff_id, at, note) values (?, ?, ?, ?, ?, ?)',
      ).run(input.orderId, before.status, to, ctx.session.staffId, now, note);
    };
    if (nextStatus && nextStatus !== before.status) move(nextStatus, 'call');
    if (input.outcome === 'reschedule' && input.reschedule) {
      db.prepare(
        `update orders set delivery_date = ?, window_from = ?, window_to = ?, route_position = null,
           updated_at = max(?, updated_at + 1) where id = ?`,
      ).run(
        input.reschedule.date,
        input.reschedule.window?.from ?? null,
        input.reschedule.window?.to ?? null,
        now,
        input.orderId,
      );
      move('scheduled', `rescheduled to ${input.reschedule.date}`);
    }
  })();
  return callRow(db, input.orderId, now, settings);
}

/** A message sent instead of a call: kept with its text and audited, then shown on the row. */
export function recordMessageSent(ctx: CoreContext, input: ChannelInput<'calls.messageSent'>): CallRow {
  const { db } = ctx;
  const settings = readSettings(db);
  const now = ctx.now();
  const row = callRow(db, input.orderId, now, settings);
  db.transaction(() => {
    const id = Number(
      db
        .prepare('insert into order_messages (order_id, staff_id, at, text) values (?, ?, ?, ?)')
        .run(input.orderId, ctx.session.staffId, now, input.text).lastInsertRowid,
    );
    writeAudit(db, now, {
      staffId: ctx.session.staffId,
      action: 'message_sent',
      entity: 'order',
      entityId: input.orderId,
      after: { messageId: id, number: row.number, text: input.text },
    });
  })();
  return callRow(db, input.orderId, now, settings);
}
