import type { ChannelInput } from '../../../shared/contract';
import { OPEN_STATUSES } from '../../../shared/domain/order-status';
import type { OrderStatus } from '../../../shared/domain/enums';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { assertPlannable } from '../orders/planning-gate';
import { shopHours } from '../orders/validate';
import { readSettings } from '../settings/store';
import { statusForDeliveryDate } from './day-lists';

type MoveInput = ChannelInput<'plan.move'>;

/**
 * Moves many orders at once, keeping the order they were given in (a courier falls ill; a city
 * event ruins the day). All or nothing: if any order changed meanwhile, nothing moves. The
 * optional reason (validated by the contract) is kept in every moved order's 'move' audit entry.
 */
export function moveOrders(ctx: CoreContext, input: MoveInput): number {
  const { db } = ctx;
  const settings = readSettings(db);
  if (input.courierId) {
    const courier = db.prepare('select active from couriers where id = ?').get(input.courierId) as
      { active: number } | undefined;
    if (!courier || courier.active !== 1) throw invalid('courierId', 'Pick an active courier.');
  }
  if (input.window) {
    const hours = shopHours(settings);
    if (input.window.from < hours.from || input.window.to > hours.to) {
      throw invalid('window.from', `Outside the shop's delivery hours (${hours.from}–${hours.to}).`);
    }
  }
  const at = ctx.now();
  const read = db.prepare(
    'select number, status, updated_at, courier_id, delivery_date from orders where id = ?',
  );
  const lastPosition = db.prepare(
    'select coalesce(max(route_position), 0) as p from orders where delivery_date = ? and courier_id is ?',
  );
  const update = db.prepare(
    `update orders set courier_id = $courier, delivery_date = $date, window_from = coalesce($from, window_from),
       window_to = coalesce($to, window_to), route_position = $position, status = $status, updated_at = $at where id = $id`,
  );
  const statusChange = db.prepare(
    'insert into order_status_changes (order_id, from_status, to_status, staff_id, at, note) values (?, ?, ?, ?, ?, ?)',
  );

  db.transaction(() => {
    const positions = new Map<string, number>();
    for (const { id, updatedAt } of input.orders) {
      const row = read.get(id) as
        | {
            number: string;
            status: OrderStatus;
            updated_at: number;
            courier_id: number | null;
            delivery_date: string | null;
          }
        | undefined;
      if (!row) throw notFound(`Order ${id}`);
      if (row.updated_at !== updatedAt) {
        throw conflict(`Order ${row.number} was changed meanwhile; reload the plan and move again.`);
      }
      if (!OPEN_STATUSES.includes(row.status)) {
        throw conflict(
          `Order ${row.number} is ${row.status}; only orders not yet out for delivery can be moved.`,
        );
      }
      const courier = input.courierId === undefined ? row.courier_id : input.courierId;
      const date = input.date ?? row.delivery_date;
      if (date) assertPlannable(ctx, id);
      const key = `${date}|${courier}`;
      const position = (positions.get(key) ?? (lastPosition.get(date, courier) as { p: number }).p) + 1;
      positions.set(key, position);
      // Another day means another confirmation call: back on that day's call list.
      const status = statusForDeliveryDate(row.status, row.delivery_date, date);
      update.run({
        courier,
        date,
        from: input.window?.from ?? null,
        to: input.window?.to ?? null,
        position,
        status,
        at: Math.max(at, updatedAt + 1),
        id,
      });
      if (status !== row.status) {
        statusChange.run(id, row.status, status, ctx.session.staffId, at, date ? `moved to ${date}` : '');
      }
      // One entry per order, so each order's audit history says where it went and why.
      writeAudit(db, at, {
        staffId: ctx.session.staffId,
        action: 'move',
        entity: 'order',
        entityId: id,
        before: { courierId: row.courier_id, date: row.delivery_date },
        after: { courierId: courier, date, window: input.window, reason: input.reason },
        note: input.reason?.text ?? '',
      });
    }
  })();
  return input.orders.length;
}
