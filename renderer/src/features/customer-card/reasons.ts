import type { TFunction } from 'i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import type { RiskLevel, RiskSignal, Verdict } from '../../../../shared/domain/risk';
import type { Formatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';

// Why a verdict is what it is, in the user's language: main sends a rule and the facts that
// fired it (never a sentence to show), and each blocklist hit with who, when and why.

export const VERDICT_COLOR: Record<Verdict, string> = {
  blocked: 'red',
  prepayment: 'orange',
  caution: 'yellow',
  vip: 'violet',
  regular: 'teal',
  new: 'blue',
};

export const LEVEL_COLOR: Record<RiskLevel, string> = {
  block: 'red',
  prepayment: 'orange',
  verify: 'blue',
  caution: 'yellow',
  info: 'gray',
};

type Fact = RiskSignal['facts'][string] | undefined;
const num = (value: Fact) => (typeof value === 'number' ? value : 0);
const text = (value: Fact) => (value === null || value === undefined ? '' : String(value));

/** The sentence for a risk signal; null for blocklist signals, whose hits are shown instead. */
export function signalText(signal: RiskSignal, t: TFunction, format: Formatters): string | null {
  const f = signal.facts;
  switch (signal.rule) {
    case 'blocklist':
      return null;
    case 'low_buyout':
      return t('card.signal.lowBuyout', {
        rate: format.percent(num(f.buyoutRatePercent)),
        orders: format.number(num(f.settledOrders)),
        minimum: format.percent(num(f.minimumPercent)),
      });
    case 'customer_fault_incidents':
      return incidentsText(signal, t, format);
    case 'refused_parcels':
      return t('card.signal.refusedParcels', { n: num(f.refused), threshold: num(f.threshold) });
    case 'do_not_call':
      return t('card.signal.doNotCall', { time: text(f.localTime) });
    case 'outside_call_hours':
      return t('card.signal.outsideHours', { time: text(f.localTime), zone: text(f.timeZone) });
    case 'cod_new_customer':
      return t('card.signal.codNewCustomer', {
        total: format.money(num(f.total)),
        limit: format.money(num(f.limit)),
        delivered: num(f.deliveredOrders),
      });
    case 'high_value':
      return t('card.signal.highValue', {
        total: format.money(num(f.total)),
        threshold: format.money(num(f.threshold)),
      });
    case 'cheque':
      return t('card.signal.cheque', { days: num(f.clearanceDays) });
  }
}

/**
 * The incident rule's sentence says what was counted (by the customer's fault, or all incidents)
 * and, when incidents were weighed against orders, the share that decided it.
 */
function incidentsText(signal: RiskSignal, t: TFunction, format: Formatters): string {
  const f = signal.facts;
  const all = f.basis === 'all_incidents';
  const params = {
    n: num(f.incidents),
    threshold: num(f.threshold),
    orders: format.number(num(f.orders)),
    rate: f.ratePercent === null ? '—' : format.percent(num(f.ratePercent)),
    minimum: format.percent(num(f.minimumPercent)),
  };
  if (signal.level === 'info')
    return t(all ? 'card.signal.allIncidentsNote' : 'card.signal.customerFaultNote', params);
  if (all) return t('card.signal.allIncidents', params);
  return f.minimumPercent === undefined
    ? t('card.signal.customerFault', params)
    : t('card.signal.customerFaultRate', params);
}

/** The reason a suggested prepayment-only entry starts with: the facts that fired the rule. */
export function suggestedEntryReason(signal: RiskSignal, t: TFunction, format: Formatters): string {
  const f = signal.facts;
  if (signal.rule === 'low_buyout')
    return t('attention.reason.lowBuyout', {
      rate: format.percent(num(f.buyoutRatePercent)),
      orders: format.number(num(f.settledOrders)),
      minimum: format.percent(num(f.minimumPercent)),
    });
  return t('attention.reason.refusedParcels', { n: num(f.refused), threshold: num(f.threshold) });
}

/** A blocklist value as typed, phones in their readable form. */
export function entryValueText(kind: BlocklistHit['kind'], value: string): string {
  return kind === 'phone' ? displayPhone(value) : value;
}

/** "Phone, exact match: +7 916 123 45 67" */
export function hitHeadline(hit: BlocklistHit, t: TFunction): string {
  return t('card.hit.headline', {
    kind: t(`codes.blockKind.${hit.kind}`),
    match: t(`codes.matchType.${hit.match}`),
    value: entryValueText(hit.kind, hit.entryValue),
  });
}

/** "Added by Anna, 23 Nov 2026 · until 31 Dec 2026" */
export function hitByline(hit: BlocklistHit, t: TFunction, format: Formatters): string {
  const by = t('card.hit.addedBy', { name: hit.createdBy, date: format.date(hit.createdAt) });
  return hit.expiresAt === null
    ? by
    : `${by} · ${t('card.hit.until', { date: format.date(hit.expiresAt - 1) })}`;
}
