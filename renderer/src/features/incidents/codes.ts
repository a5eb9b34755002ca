import type { CostKind, IncidentCause } from '../../../../shared/domain/enums';
import type { Incident } from '../../../../shared/contract/incidents';

export type IncidentStatus = Incident['status'];
export type Fault = Incident['fault'];
export type Channel = Incident['channel'];
export type Resolution = NonNullable<Incident['resolution']>;
export type WaitingFor = NonNullable<Incident['waitingFor']>;

export const STATUS_COLOR: Record<IncidentStatus, string> = {
  open: 'blue',
  waiting: 'yellow',
  resolved: 'teal',
  rejected: 'gray',
};

/** The cost most incidents of a cause bring, offered first when a cost line is added. */
export const LIKELY_COST: Record<IncidentCause, CostKind> = {
  cod_fraud: 'goods_written_off',
  refusal_at_door: 'return_shipping',
  partial_buyout: 'return_shipping',
  not_at_home: 'extra_delivery',
  late_delivery: 'compensation',
  claimed_missing_items: 'reshipment_goods',
  damaged: 'reshipment_goods',
  wrong_item_sent: 'reshipment_goods',
  lost_in_transit: 'reshipment_goods',
  delivered_not_received: 'reshipment_goods',
  price_error: 'compensation',
  shown_in_stock: 'compensation',
  promo_terms: 'compensation',
  delivery_terms_unclear: 'compensation',
  contact_wrong_time: 'compensation',
  customer_personalization_error: 'reshipment_goods',
  bad_payment: 'goods_written_off',
  threat_or_bad_review: 'compensation',
  complaint_after_not_checking: 'return_shipping',
  other: 'other',
};

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
