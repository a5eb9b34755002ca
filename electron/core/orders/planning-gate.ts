import type { OrderStatus } from '../../../shared/domain/enums';
import { AppError, conflict } from '../errors';
import type { CoreContext } from '../context';
import { assessCustomer } from '../customers/assess';
import { getCustomerRow, loadCustomer } from '../customers/rows';
import { orderViolations } from '../risk/order-policy';
import { readSettings } from '../settings/store';
import { orderOverride } from './override';
import { getOrder } from './read';
import { chequeNotCleared } from './validate';

/** The statuses that put an order on a day's plan or in a courier's hands. */
export const INTO_PLANNING: readonly OrderStatus[] = ['confirmed', 'scheduled', 'out_for_delivery'];

/**
 * Before an order goes onto a plan or to a courier (a status change, a move on the board, a
 * confirmation call, a reschedule): the same policy as saving it, judged now — a block added
 * since the order was taken, a buyout rate that fell — and a cheque must have cleared. What the
 * owner accepted on the order stands; anything new needs the owner on the order's page.
 */
export function assertPlannable(ctx: CoreContext, orderId: number): void {
  const order = getOrder(ctx.db, orderId);
  if (order.cheque) throw conflict(`Order ${order.number}: ${chequeNotCleared(order.cheque.clearsOn)}`);
  const settings = readSettings(ctx.db);
  const customer = loadCustomer(ctx.db, getCustomerRow(ctx.db, order.customer.id)!);
  const { signals } = assessCustomer(ctx.db, customer, settings, ctx.now(), {
    total: order.total,
    paymentMethod: order.paymentMethod,
    address: order.address,
  });
  const accepted = new Set(orderOverride(ctx.db, orderId)?.keys ?? []);
  const fresh = orderViolations(signals, order.paymentMethod).filter((v) => !accepted.has(v.key));
  if (fresh.length === 0) return;
  throw new AppError(
    'BLOCKED_BY_POLICY',
    `Order ${order.number} is refused by the shop's rules (${fresh.map((v) => v.key).join(', ')}); ` +
      'the owner can accept it on the order before it is planned.',
  );
}
