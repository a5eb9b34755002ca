import type { IncidentCause } from '../../../shared/domain/enums';
import type { OrderPool } from './incident-causes';
import { makeIncident, type IncidentSpec } from './incidents';
import { BANK, CHEQUE, COD, isCourierLike } from './order-plan';
import { STATUS_CODE } from './order-write';
import { BEHAVIOR, type DemoState } from './state';

// Which orders incidents happen to: pools of orders by what became of them, and the incidents
// the troublesome customers bring by themselves.

/** Orders each cause can happen to, by log index. */
export function orderPools(state: DemoState): Record<OrderPool, number[]> {
  const { orders: log, customers: pool } = state;
  const pools: Record<OrderPool, number[]> = {
    delivered: [],
    partly: [],
    refused: [],
    missed: [],
    lost: [],
    noContact: [],
    any: [],
    prepaid: [],
  };
  for (let i = 0; i < log.count; i++) {
    // The scenario characters' orders carry their own scripted incidents.
    if (log.customer[i]! < pool.storyCount) continue;
    const s = log.status[i]!;
    pools.any.push(i);
    if (s === STATUS_CODE.delivered || s === STATUS_CODE.returned) pools.delivered.push(i);
    else if (s === STATUS_CODE.partly_bought_out) pools.partly.push(i);
    else if (s === STATUS_CODE.refused) pools.refused.push(i);
    else if (s === STATUS_CODE.lost) pools.lost.push(i);
    if (log.missedVisits[i]! > 0) pools.missed.push(i);
    if (log.payment[i] === CHEQUE || log.payment[i] === BANK) pools.prepaid.push(i);
    const cashNoShow = log.payment[i] === COD && pool.behavior[log.customer[i]!] === BEHAVIOR.noShow;
    if (
      cashNoShow &&
      isCourierLike(log.method[i]!) &&
      (s === STATUS_CODE.cancelled || s === STATUS_CODE.refused)
    ) {
      pools.noContact.push(i);
    }
  }
  return pools;
}

const COMPETITOR_CAUSES: IncidentCause[] = [
  'late_delivery',
  'late_delivery',
  'late_delivery',
  'claimed_missing_items',
  'damaged',
  'promo_terms',
  'delivery_terms_unclear',
];
const COMPLAINANT_CAUSES: IncidentCause[] = [
  'threat_or_bad_review',
  'other',
  'delivery_terms_unclear',
  'promo_terms',
  'late_delivery',
  'claimed_missing_items',
];

/** Incidents the troublesome customers' orders bring by themselves (SCENARIOS 3, 6, 20–22). */
export function behaviorIncidents(state: DemoState, limit: number, out: IncidentSpec[]): void {
  const { rng, orders: log, customers: pool } = state;
  for (let i = 0; i < log.count && limit > 0; i++) {
    const c = log.customer[i]!;
    if (c < pool.storyCount) continue;
    const behavior = pool.behavior[c]!;
    const s = log.status[i]!;
    let cause: IncidentCause | null = null;
    if (
      behavior === BEHAVIOR.competitor &&
      (s === STATUS_CODE.delivered || s === STATUS_CODE.partly_bought_out)
    )
      cause = rng.pick(COMPETITOR_CAUSES);
    else if (behavior === BEHAVIOR.complainant && rng.chance(0.5)) cause = rng.pick(COMPLAINANT_CAUSES);
    else if (behavior === BEHAVIOR.partialBuyer && s === STATUS_CODE.partly_bought_out)
      cause = 'partial_buyout';
    else if (behavior === BEHAVIOR.noShow && log.missedVisits[i]! > 0) cause = 'not_at_home';
    else if (behavior === BEHAVIOR.noShow && s === STATUS_CODE.refused) cause = 'refusal_at_door';
    if (cause) {
      out.push(makeIncident(state, cause, i, c));
      limit--;
    }
  }
}
