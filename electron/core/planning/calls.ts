import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { OrderStatus } from '../../../shared/domain/enums';
import { canMove } from '../../../shared/domain/order-status';
import { assertPlannable } from '../orders/planning-gate';
import type { Settings } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { AppError, invalid, notFound } from '../errors';
import { shopHours } from '../orders/validate';
import { callAllowedNow } from '../risk/call-hours';
import { readSettings } from '../settings/store';

type CallRow = ChannelOutput<'calls.list'>[number];

interface Row {
  order_id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  phone: string | null;
  window_from: string | null;
  window_to: string | null;
  call_from: string | null;
  call_to: string | null;
  time_zone: string | null;
  do_not_call: number;
  status: OrderStatus;
  attempts: number;
  last_outcome: CallRow['lastOutcome'];
}

// Attempts and the last outcome count confirmation calls since the order was last (re)scheduled,
// so a moved or rescheduled order starts again from zero on its new day.
function selectCalls(where: string, orderBy = ''): string {
  return `select q.*,
      (select count(*) from calls k where k.order_id = q.order_id and k.purpose = 'confirmation' and k.at > q.since)
        as attempts,
      (select k.outcome from calls k where k.order_id = q.order_id and k.purpose = 'confirmation' and k.at > q.since
         order by k.at desc, k.id desc limit 1) as last_outcome
    from (select o.id as order_id, o.number, o.customer_id, c.name as customer_name,
        (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = o.customer_id order by p.id limit 1) as phone,
        o.window_from, o.window_to, o.route_position, c.call_from, c.call_to, c.time_zone, c.do_not_call,
        o.status, coalesce((select max(s.at) from order_status_changes s where s.order_id = o.id and s.to_status = 'scheduled'), 0)
          as since
      from orders o join customers c on c.id = o.customer_id where ${where}) q ${orderBy}`;
}

function toRow(r: Row, now: number, settings: Settings): CallRow {
  return {
    orderId: r.order_id,
    number: r.number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    phone: r.phone,
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
  };
}

/** Customers to confirm for a date, by window. Pickup-point and post orders get a message instead. */
export function callList(db: Db, date: string, now: number, settings: Settings): CallRow[] {
  const rows = db
    .prepare(
      selectCalls(
        `o.delivery_date = ? and o.status in ('scheduled', 'confirmed')
           and o.delivery_method not in ('pickup_point', 'post')`,
        `order by coalesce(q.window_from, '99:99'), q.route_position, q.order_id`,
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
    db.prepare(
      `insert into calls (customer_id, order_id, purpose, outcome, staff_id, at, override_reason, note)
       values (?, ?, 'confirmation', ?, ?, ?, ?, ?)`,
    ).run(
      before.customerId,
      input.orderId,
      input.outcome,
      ctx.session.staffId,
      now,
      input.overrideReason ?? null,
      input.note,
    );
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
