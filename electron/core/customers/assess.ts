import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { Customer } from '../../../shared/contract/customers';
import type { RiskSignal, Verdict } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import { findHits } from '../blocklist/match';
import type { Db } from '../db/open';
import { callAllowedNow, type CallNow } from '../risk/call-hours';
import { evaluateRisk, verdictOf, type OrderDraft } from '../risk/rules';
import { customerFacts, orderCounts, type OrderCounts } from './facts';
import { probeOf } from './rows';

export interface Assessment {
  counts: OrderCounts;
  hits: BlocklistHit[];
  call: CallNow;
  signals: RiskSignal[];
  verdict: Verdict;
}

/** Blocklist, risk rules and call hours for one customer (and an order draft, if any). */
export function assessCustomer(
  db: Db,
  customer: Customer,
  settings: Settings,
  now: number,
  order?: OrderDraft & { address?: string },
): Assessment {
  const counts = orderCounts(db, customer.id);
  const facts = customerFacts(db, customer.id, counts, now, settings.timeZone);
  const probe = probeOf(customer);
  // An order may go to an address the customer never used before: check that one too.
  if (order?.address) probe.addresses.push(order.address);
  const hits = findHits(db, probe, settings.country, now);
  const call = callAllowedNow(customer, now, settings.timeZone);
  const signals = evaluateRisk({ customer: facts, hits, call, order, settings });
  return { counts, hits, call, signals, verdict: verdictOf(signals, customer) };
}
