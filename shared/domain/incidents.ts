import type { CostKind, DeliveryMethod, IncidentCause } from './enums';

// Incident arithmetic and the follow-ups the app suggests, shared by core and the form.

export const WAITING_FOR = ['customer', 'carrier', 'post'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

/** Evidence files: big enough for a phone photo or a scan, small enough to pass in one call. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CostLine {
  kind: CostKind;
  amount: number;
  voided: boolean;
}

/** Costs, recoveries (money that came back) and the net loss, in minor units; voided lines count for nothing. */
export function incidentTotals(lines: readonly CostLine[]): {
  costs: number;
  recovered: number;
  net: number;
} {
  let costs = 0;
  let recovered = 0;
  for (const line of lines) {
    if (line.voided) continue;
    if (line.kind === 'recovery') recovered += line.amount;
    else costs += line.amount;
  }
  return { costs, recovered, net: costs - recovered };
}

/**
 * Whether the incident is one the post answers only through a search request: a parcel lost in
 * transit, or a post parcel that is late (a late parcel is often a lost one; SCENARIOS: the post).
 */
export function needsPostSearch(cause: IncidentCause | null, deliveryMethod: DeliveryMethod | null): boolean {
  return cause === 'lost_in_transit' || (cause === 'late_delivery' && deliveryMethod === 'post');
}

/**
 * When to come back to an incident. The post accepts a search request 30 days after dispatch
 * (SCENARIOS: lost parcels), so a lost or late post parcel waits for that day; everything else
 * gets the shop's promise to call back within a day.
 */
export function suggestedFollowUp(
  cause: IncidentCause,
  now: number,
  dispatchedAt: number | null,
  deliveryMethod: DeliveryMethod | null = null,
): { due: number; reason: 'post_search_request' | 'call_back' } {
  if (needsPostSearch(cause, deliveryMethod) && dispatchedAt !== null) {
    const searchable = dispatchedAt + 30 * DAY;
    if (searchable > now) return { due: searchable, reason: 'post_search_request' };
  }
  return { due: now + 24 * HOUR, reason: 'call_back' };
}

/** Open and waiting incidents whose follow-up time has passed. */
export function isOverdue(status: string, followUpDue: number | null, now: number): boolean {
  return (status === 'open' || status === 'waiting') && followUpDue !== null && followUpDue < now;
}
