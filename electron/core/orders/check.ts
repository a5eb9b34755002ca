import type { ChannelInput } from '../../../shared/contract';
import type { OrderCheck } from '../../../shared/contract/orders';
import { awaitingCheque, chequeClearsOn } from '../../../shared/domain/cheque';
import { localDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { assessCustomer } from '../customers/assess';
import { getCustomerRow, loadCustomer } from '../customers/rows';
import { notFound } from '../errors';
import { orderViolations } from '../risk/order-policy';
import { readSettings } from '../settings/store';
import { peekOrderNumber } from './numbering';
import { orderOverride } from './override';

/**
 * The order form asks this as its fields change: every signal with its facts, what saving would
 * refuse, what the owner accepted before. The same functions as saving (assessCustomer, then
 * orderViolations), so the form never promises what save refuses.
 */
export function checkOrder(ctx: CoreContext, input: ChannelInput<'orders.check'>): OrderCheck {
  const settings = readSettings(ctx.db);
  const row = getCustomerRow(ctx.db, input.customerId);
  if (!row) throw notFound('This customer');
  const assessment = assessCustomer(ctx.db, loadCustomer(ctx.db, row), settings, ctx.now(), {
    total: input.total,
    paymentMethod: input.paymentMethod,
    address: input.address,
  });
  const override = input.orderId === undefined ? null : orderOverride(ctx.db, input.orderId);
  const accepted = new Set(override?.keys ?? []);
  const receivedOn = input.chequeReceivedOn ?? localDate(ctx.now(), settings.timeZone);
  return {
    customerId: input.customerId,
    signals: assessment.signals,
    hits: assessment.hits,
    verdict: assessment.verdict,
    violations: orderViolations(assessment.signals, input.paymentMethod).map((v) => ({
      ...v,
      accepted: accepted.has(v.key),
    })),
    override: override && { reason: override.reason, by: override.by, at: override.at },
    cheque: awaitingCheque(input.paymentMethod, input.paymentStatus)
      ? { receivedOn, clearsOn: chequeClearsOn(receivedOn, settings.risk.chequeClearanceDays) }
      : null,
    nextNumber: peekOrderNumber(ctx.db, settings),
  };
}
