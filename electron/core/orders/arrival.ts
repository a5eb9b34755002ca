import type { ChannelInput } from '../../../shared/contract';
import { localDate } from '../../../shared/domain/dates';
import type { OrderStatus } from '../../../shared/domain/enums';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AppError, conflict, invalid } from '../errors';
import { readSettings } from '../settings/store';
import { getOrder } from './read';

/**
 * A parcel handed over, come back or cancelled has no journey to the city left to record. A "new"
 * post order may well be on its way: post customers get no confirmation call to move it on.
 */
const NO_JOURNEY: readonly OrderStatus[] = [
  'cancelled',
  'delivered',
  'partly_bought_out',
  'refused',
  'returned',
];

/**
 * Scenario 8: the post's tracking says the parcel reached the customer's city or post office; the
 * shop records the day (it tells the customer, and the timeline shows how long the post took).
 */
export function recordArrival(
  ctx: CoreContext,
  input: ChannelInput<'orders.recordArrival'> & { note: string },
) {
  const order = getOrder(ctx.db, input.id);
  if (order.updatedAt !== input.expectedUpdatedAt) {
    throw conflict('This order was changed meanwhile by someone else. Reload it and try again.');
  }
  if (order.deliveryMethod !== 'post') {
    throw invalid('id', 'Only a parcel sent by post reaches the customer’s city; this order is not one.');
  }
  if (NO_JOURNEY.includes(order.status)) {
    throw new AppError('VALIDATION', `An order that is ${order.status} is not on its way by post.`, [
      { path: 'id', message: `The order is ${order.status}.` },
    ]);
  }
  const today = localDate(ctx.now(), readSettings(ctx.db).timeZone);
  if (input.arrivedOn > today) {
    throw invalid('arrivedOn', `${input.arrivedOn} has not come yet: record the day the parcel arrived.`);
  }
  if (input.arrivedOn < order.orderedOn) {
    throw invalid('arrivedOn', `The parcel cannot arrive before it was ordered (${order.orderedOn}).`);
  }
  const at = Math.max(ctx.now(), order.updatedAt + 1);
  ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          'insert into post_arrivals (order_id, arrived_on, note, staff_id, at) values (?, ?, ?, ?, ?)',
        )
        .run(order.id, input.arrivedOn, input.note, ctx.session.staffId, at).lastInsertRowid,
    );
    ctx.db.prepare('update orders set updated_at = ? where id = ?').run(at, order.id);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'post_arrival',
      entity: 'order',
      entityId: order.id,
      before: { arrivedOn: order.arrivedOn },
      after: { arrivalId: id, arrivedOn: input.arrivedOn, trackingNumber: order.trackingNumber },
      note: input.note,
    });
  })();
  return getOrder(ctx.db, order.id);
}
