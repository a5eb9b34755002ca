import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { PaymentMethod } from '../../../shared/domain/enums';
import type { RiskLevel, RiskSignal, Verdict } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import type { CallNow } from './call-hours';

// The shop's written rules (SCENARIOS, "Decisions the owner makes"), as pure functions of the
// facts. Every signal carries the numbers that fired it. Thresholds come from Settings.

export interface CustomerFacts {
  /** Orders delivered in full or in part. */
  deliveredOrders: number;
  /** Orders whose delivery ended: delivered, partly bought out, refused, returned. */
  settledOrders: number;
  /** Kept goods value / shipped goods value over settled orders, in percent. */
  buyoutRatePercent: number | null;
  refusedOrUnclaimed: number;
  customerFaultIncidents12m: number;
  /** Every incident in 12 months, whoever's fault (archived ones aside). */
  allIncidents12m: number;
  /** Orders placed in the same 12 months, cancelled ones aside: what incidents are weighed against. */
  orders12m: number;
  hasVerifiedLandline: boolean;
  doubtful: boolean;
}

export interface OrderDraft {
  total: number;
  paymentMethod: PaymentMethod;
}

type Risk = Settings['risk'];
const signal = (
  rule: RiskSignal['rule'],
  level: RiskLevel,
  message: string,
  facts: RiskSignal['facts'],
): RiskSignal => ({ rule, level, message, facts });

export function codNewCustomer(order: OrderDraft, c: CustomerFacts, risk: Risk): RiskSignal | null {
  if (order.paymentMethod !== 'cash_on_delivery') return null;
  if (order.total <= risk.codNewCustomerLimit || c.deliveredOrders >= 2 || c.hasVerifiedLandline) return null;
  return signal(
    'cod_new_customer',
    'verify',
    'Cash on delivery above the limit from a new customer: ask for a landline number.',
    {
      total: order.total,
      limit: risk.codNewCustomerLimit,
      deliveredOrders: c.deliveredOrders,
    },
  );
}

export function lowBuyout(c: CustomerFacts, risk: Risk): RiskSignal | null {
  if (c.buyoutRatePercent === null || c.settledOrders < risk.buyoutMinOrders) return null;
  if (c.buyoutRatePercent >= risk.minBuyoutRatePercent) return null;
  return signal('low_buyout', 'prepayment', 'Keeps too little of what is delivered: prepayment only.', {
    buyoutRatePercent: c.buyoutRatePercent,
    minimumPercent: risk.minBuyoutRatePercent,
    settledOrders: c.settledOrders,
  });
}

/**
 * Incidents in 12 months (by the customer's fault, or all of them — the owner's setting). At least
 * `incidentsPerYearCaution` of them are needed; then a customer with few orders is flagged on the
 * count alone, while one with many orders (or with all incidents counted) only when they are
 * `incidentRatePercent` of the orders or more. Under that rate the signal stays as a note ('info'),
 * so a good regular's two incidents are visible without a caution.
 */
export function customerFaultIncidents(c: CustomerFacts, risk: Risk): RiskSignal | null {
  const byFault = risk.incidentsCounted === 'customer_fault';
  const incidents = byFault ? c.customerFaultIncidents12m : c.allIncidents12m;
  if (c.doubtful || incidents < risk.incidentsPerYearCaution) return null;
  const weighed = !byFault || c.orders12m >= risk.incidentRateFromOrders;
  // Incidents without an order in the year (a claim about an old one) are a rate above any threshold.
  const ratePercent = c.orders12m === 0 ? null : Math.floor((incidents * 100) / c.orders12m);
  const tooMany = !weighed || ratePercent === null || ratePercent >= risk.incidentRatePercent;
  const facts = {
    basis: risk.incidentsCounted,
    incidents,
    threshold: risk.incidentsPerYearCaution,
    orders: c.orders12m,
    ratePercent,
    ...(weighed ? { minimumPercent: risk.incidentRatePercent } : {}),
  };
  if (!tooMany)
    return signal(
      'customer_fault_incidents',
      'info',
      'Some incidents, but few for the number of orders: no caution.',
      facts,
    );
  return signal(
    'customer_fault_incidents',
    'caution',
    byFault
      ? 'Repeated incidents by the customer’s fault: mark as doubtful?'
      : 'Incidents on too many of the customer’s orders: mark as doubtful?',
    facts,
  );
}

export function refusedParcels(c: CustomerFacts, risk: Risk): RiskSignal | null {
  if (c.refusedOrUnclaimed < risk.refusedParcelsPrepayment) return null;
  return signal(
    'refused_parcels',
    'caution',
    'Refused or did not collect parcels: add a prepayment-only entry?',
    {
      refused: c.refusedOrUnclaimed,
      threshold: risk.refusedParcelsPrepayment,
    },
  );
}

export function highValue(order: OrderDraft, risk: Risk): RiskSignal | null {
  if (order.total <= risk.signatureAbove) return null;
  return signal('high_value', 'verify', 'Large order: send with signature confirmation or insurance.', {
    total: order.total,
    threshold: risk.signatureAbove,
  });
}

export function chequePayment(order: OrderDraft, risk: Risk): RiskSignal | null {
  if (order.paymentMethod !== 'cheque') return null;
  return signal('cheque', 'verify', 'Paid by cheque: hold shipping until it clears.', {
    clearanceDays: risk.chequeClearanceDays,
  });
}

export function callHours(call: CallNow): RiskSignal | null {
  if (call.reason === 'do_not_call') {
    return signal('do_not_call', 'caution', 'The customer asked not to be called.', {
      localTime: call.localTime,
    });
  }
  if (call.reason === 'outside_hours') {
    return signal('outside_call_hours', 'caution', 'Outside the customer’s call hours.', {
      localTime: call.localTime,
      timeZone: call.timeZone,
    });
  }
  return null;
}

export function blocklistSignals(hits: BlocklistHit[]): RiskSignal[] {
  const level: Record<BlocklistHit['effective'], RiskLevel> = {
    block: 'block',
    prepayment: 'prepayment',
    caution: 'caution',
  };
  return hits
    .filter((h) => h.exception === null)
    .map((h) =>
      signal('blocklist', level[h.effective], `On the blocklist (${h.kind}, ${h.match}): ${h.reason}`, {
        entryId: h.entryId,
        kind: h.kind,
        match: h.match,
        reason: h.reason,
        by: h.createdBy,
        at: h.createdAt,
      }),
    );
}

/** All rules for a customer, and for an order draft when there is one. */
export function evaluateRisk(input: {
  customer: CustomerFacts;
  hits: BlocklistHit[];
  call?: CallNow;
  order?: OrderDraft;
  settings: Settings;
}): RiskSignal[] {
  const { customer, order, settings } = input;
  const risk = settings.risk;
  const signals: (RiskSignal | null)[] = [
    ...blocklistSignals(input.hits),
    lowBuyout(customer, risk),
    customerFaultIncidents(customer, risk),
    refusedParcels(customer, risk),
    input.call ? callHours(input.call) : null,
  ];
  if (order)
    signals.push(codNewCustomer(order, customer, risk), highValue(order, risk), chequePayment(order, risk));
  return signals.filter((s): s is RiskSignal => s !== null);
}

const RANK: Record<RiskLevel, number> = { block: 0, prepayment: 1, verify: 2, caution: 3, info: 4 };

/** The call desk's one word. Call-hour warnings do not make a caller suspicious. */
export function verdictOf(
  signals: RiskSignal[],
  flags: { vip: boolean; caution: boolean; doubtful: boolean } | null,
): Verdict {
  const relevant = signals.filter((s) => s.rule !== 'do_not_call' && s.rule !== 'outside_call_hours');
  const worst = Math.min(...relevant.map((s) => RANK[s.level]));
  if (worst === RANK.block) return 'blocked';
  if (worst === RANK.prepayment) return 'prepayment';
  if (worst <= RANK.caution || flags?.caution || flags?.doubtful) return 'caution';
  if (flags === null) return 'new';
  return flags.vip ? 'vip' : 'regular';
}
