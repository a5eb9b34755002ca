import type { PaymentMethod } from './enums';
import type { RiskSignal } from './risk';

// Shared by core (which enforces) and the renderer (which shows, live, what saving would meet).

/** Payment on the doorstep: what a prepayment-only customer may not use. */
export const PAID_ON_DELIVERY: readonly PaymentMethod[] = ['cash_on_delivery', 'card_on_delivery'];

/** One thing the shop's rules refuse about an order, and the signal that says why. */
export interface PolicyViolation {
  /** Stable across edits: "blocklist:12" for an entry, the rule's name for a rule. */
  key: string;
  level: 'block' | 'prepayment';
  signal: RiskSignal;
}

export const blocklistKey = (entryId: number | string) => `blocklist:${String(entryId)}`;

export function violationKey(signal: RiskSignal): string {
  return signal.rule === 'blocklist' ? blocklistKey(signal.facts.entryId as number) : signal.rule;
}
