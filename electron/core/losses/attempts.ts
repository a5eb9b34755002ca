import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { AttemptLoss } from '../../../shared/contract/losses';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { notFound } from '../errors';

// Failed delivery attempts as loss lines (migration 0006 writes them by trigger and keeps the
// customer's losses and the Reports rollup). Read here for the incident page, the order and the
// Reports drill; the only change a line takes is its fault.

const SELECT = `select l.attempt_id as attemptId, l.day as attemptedOn, a.outcome, l.order_id as orderId,
    o.number as orderNumber, o.customer_id as customerId, c.name as customerName, k.name as courierName,
    l.amount, l.fault
  from attempt_losses l join delivery_attempts a on a.id = l.attempt_id join orders o on o.id = l.order_id
    join customers c on c.id = o.customer_id left join couriers k on k.id = l.courier_id`;

/** An order's failed attempts, oldest first: what an incident about that order lists (and never adds). */
export function attemptLossesOfOrder(db: Db, orderId: number): AttemptLoss[] {
  return db
    .prepare(`${SELECT} where l.order_id = ? order by l.day, l.attempt_id`)
    .all(orderId) as AttemptLoss[];
}

type ListInput = Omit<ChannelInput<'losses.attempts'>, 'offset' | 'limit'> & {
  offset: number;
  limit: number;
};

export function listAttemptLosses(db: Db, input: ListInput): ChannelOutput<'losses.attempts'> {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (sql: string, name: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params[name] = value;
  };
  add('l.fault = $fault', 'fault', input.fault);
  add('l.courier_id = $courier', 'courier', input.courierId);
  add('l.order_id = $order', 'order', input.orderId);
  add('l.day >= $from', 'from', input.from);
  add('l.day <= $to', 'to', input.to);
  add('o.delivery_method = $method', 'method', input.deliveryMethod);
  if (input.withoutCourier) where.push('l.courier_id is null');
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const sums = db
    .prepare(
      `select count(*) as total, coalesce(sum(l.amount), 0) as amount
       from attempt_losses l join orders o on o.id = l.order_id ${whereSql}`,
    )
    .get(params) as { total: number; amount: number };
  const rows = db
    .prepare(`${SELECT} ${whereSql} order by l.day desc, l.attempt_id desc limit $limit offset $offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as AttemptLoss[];
  return { ...sums, rows };
}

function getAttemptLoss(db: Db, attemptId: number): AttemptLoss {
  const row = db.prepare(`${SELECT} where l.attempt_id = ?`).get(attemptId) as AttemptLoss | undefined;
  if (!row) throw notFound('This failed delivery attempt');
  return row;
}

export function setAttemptFault(
  ctx: CoreContext,
  input: ChannelInput<'losses.setAttemptFault'>,
): AttemptLoss {
  const before = getAttemptLoss(ctx.db, input.attemptId);
  if (before.fault === input.fault) return before;
  const at = ctx.now();
  ctx.db.transaction(() => {
    ctx.db
      .prepare('update attempt_losses set fault = ? where attempt_id = ?')
      .run(input.fault, input.attemptId);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'attempt_fault',
      entity: 'order',
      entityId: before.orderId,
      before: { attemptId: input.attemptId, fault: before.fault },
      after: { attemptId: input.attemptId, fault: input.fault },
    });
  })();
  return getAttemptLoss(ctx.db, input.attemptId);
}
