import type { planningChannels } from '../../../shared/contract/planning';
import type { CoreContext, HandlerMap } from '../context';
import { readSettings } from '../settings/store';
import { callList, logCall, recordMessageSent } from './calls';
import { cashForDay, correctHandover, courierLedger, recordHandover } from './cash';
import { dayPlan } from './day-plan';
import { moveOrders } from './move';

// Main names the domains a write touched; the renderer also refetches views derived from them
// (lib/query.ts DERIVED: an order change refreshes the plan, the call list and the cash).
function changed<T>(ctx: CoreContext, domains: string[], value: T): T {
  ctx.emit('data.changed', { domains });
  return value;
}

export const planningHandlers: HandlerMap<keyof typeof planningChannels> = {
  'plan.day': (ctx, input) => dayPlan(ctx.db, input.date, readSettings(ctx.db)),
  'plan.move': (ctx, input) => changed(ctx, ['plan', 'orders'], { moved: moveOrders(ctx, input) }),
  'calls.list': (ctx, input) => callList(ctx.db, input.date, ctx.now(), readSettings(ctx.db)),
  'calls.log': (ctx, input) => changed(ctx, ['calls', 'orders'], logCall(ctx, input)),
  'calls.messageSent': (ctx, input) => changed(ctx, ['calls'], recordMessageSent(ctx, input)),
  'cash.day': (ctx, input) => cashForDay(ctx.db, input.date),
  'cash.record': (ctx, input) => changed(ctx, ['cash'], recordHandover(ctx, input)),
  'cash.correct': (ctx, input) => changed(ctx, ['cash'], correctHandover(ctx, input)),
  // Without a day: every day recorded (the Reports view — what is owed is owed, whenever it started).
  'cash.ledger': (ctx, input) => courierLedger(ctx.db, input.date ?? '9999-12-31'),
};
