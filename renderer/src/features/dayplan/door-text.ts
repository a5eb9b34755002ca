import type { TFunction } from 'i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import type { Formatters } from '../../lib/format';

/**
 * The plan's short word on money at the door: an amount, "Paid", what a partial buyout kept, or
 * why not to hand over.
 */
export function doorText(
  stop: Pick<PlanStop, 'door'> & Partial<Pick<PlanStop, 'status' | 'due'>>,
  t: TFunction,
  format: Formatters,
): string {
  const { door } = stop;
  if (door.kind === 'collect') return format.money(door.amount);
  if (stop.status === 'partly_bought_out' && stop.due !== undefined)
    return t('plan.stop.kept', { amount: format.money(stop.due) });
  if (stop.status === 'refused' || stop.status === 'returned') return t('plan.stop.nothingToCollect');
  if (door.kind === 'paid') return t('plan.stop.paid');
  return t(door.reason === 'cheque_not_cleared' ? 'plan.stop.holdCheque' : 'plan.stop.holdUnpaid');
}

/** The route sheet's line: what the courier takes, or that the goods stay with him. */
export function doorSheetText(stop: PlanStop, t: TFunction, format: Formatters): string {
  const method = t(`codes.paymentMethod.${stop.paymentMethod}`);
  const { door } = stop;
  if (door.kind === 'collect') return t('print.collect', { amount: format.money(door.amount), method });
  if (door.kind === 'paid') return t('print.paid', { method });
  return door.reason === 'cheque_not_cleared' ? t('print.holdCheque') : t('print.holdUnpaid', { method });
}
