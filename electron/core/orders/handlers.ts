import type { ordersChannels } from '../../../shared/contract/orders';
import type { CoreContext, HandlerMap } from '../context';
import { assessCustomer } from '../customers/assess';
import { getCustomerRow, loadCustomer } from '../customers/rows';
import { readSettings } from '../settings/store';
import { recordArrival } from './arrival';
import { checkOrder } from './check';
import { recordAttempt, setOrderStatus } from './outcome';
import { getOrder, listOrders, orderTimeline } from './read';
import { createOrder, updateOrder } from './write';

// An order write also changes its customer's totals (kept by triggers); the plan, calls and cash
// views are derived from orders in the renderer (lib/query.ts DERIVED).
function changed<T>(ctx: CoreContext, value: T): T {
  ctx.emit('data.changed', { domains: ['orders', 'customers'] });
  return value;
}

export const ordersHandlers: HandlerMap<keyof typeof ordersChannels> = {
  'orders.check': (ctx, input) => checkOrder(ctx, input),
  'orders.create': (ctx, input) => changed(ctx, createOrder(ctx, input)),
  'orders.update': (ctx, { id, expectedUpdatedAt, ...fields }) =>
    changed(ctx, updateOrder(ctx, id, expectedUpdatedAt, fields)),
  'orders.get': (ctx, input) => {
    const order = getOrder(ctx.db, input.id);
    const customer = loadCustomer(ctx.db, getCustomerRow(ctx.db, order.customer.id)!);
    const { signals } = assessCustomer(ctx.db, customer, readSettings(ctx.db), ctx.now(), {
      total: order.total,
      paymentMethod: order.paymentMethod,
      address: order.address,
    });
    return { order, timeline: orderTimeline(ctx.db, input.id), signals };
  },
  'orders.list': (ctx, input) => listOrders(ctx.db, input, ctx.now()),
  'orders.setStatus': (ctx, input) => changed(ctx, setOrderStatus(ctx, input)),
  'orders.recordAttempt': (ctx, input) => changed(ctx, recordAttempt(ctx, input)),
  'orders.recordArrival': (ctx, input) => changed(ctx, recordArrival(ctx, input)),
};
