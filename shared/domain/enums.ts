// Closed value sets shared by the schema (CHECK constraints), the contract and the UI.
// Migrations copy these lists as literals on purpose (a migration must never change after it
// ships); test/integration/schema-enums.test.ts proves the two stay in step.

export const ROLES = ['owner', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const COURIER_KINDS = [
  'own_driver',
  'foot_courier',
  'courier_service',
  'post',
  'pickup_point',
] as const;
export type CourierKind = (typeof COURIER_KINDS)[number];

export const PHONE_KINDS = ['mobile', 'landline'] as const;

export const PAYMENT_METHODS = [
  'cash_on_delivery',
  'card_on_delivery',
  'card_online',
  'bank_transfer',
  'e_wallet',
  'cheque',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = [
  'unpaid',
  'paid',
  'pending_clearance',
  'refunded',
  'partly_refunded',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const DELIVERY_METHODS = [
  'own_courier',
  'foot_courier',
  'courier_service',
  'post',
  'pickup_point',
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const ORDER_STATUSES = [
  'new',
  'confirmed',
  'scheduled',
  'out_for_delivery',
  'delivered',
  'partly_bought_out',
  'refused',
  'not_at_home',
  'returned',
  'cancelled',
  'lost',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CHECKED_IN_PRESENCE = ['yes', 'refused', 'unknown'] as const;

export const ATTEMPT_OUTCOMES = [
  'delivered',
  'partly_bought_out',
  'refused',
  'not_at_home',
  'rescheduled',
  'failed',
] as const;

/**
 * Outcomes where the courier went and the goods did not stay: the attempt's cost is lost money,
 * counted as a loss line of its own (cause "repeat delivery") — see migration 0006.
 */
export const FAILED_ATTEMPT_OUTCOMES = ['refused', 'not_at_home', 'rescheduled', 'failed'] as const;

/** What a courier hands over: cash brought back, or the card terminal's total for the day. */
export const HANDOVER_KINDS = ['cash', 'card'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

export const CALL_PURPOSES = ['confirmation', 'incoming', 'outgoing', 'follow_up'] as const;
export const CALL_OUTCOMES = ['confirmed', 'no_answer', 'busy', 'reschedule', 'cancelled', 'talked'] as const;

export const INCIDENT_CHANNELS = [
  'phone',
  'email',
  'review_site',
  'messenger',
  'courier_report',
  'in_person',
] as const;

// The causes of ../shared/SCENARIOS.md, in the order DESIGN §5 lists them.
export const INCIDENT_CAUSES = [
  'cod_fraud',
  'refusal_at_door',
  'partial_buyout',
  'not_at_home',
  'late_delivery',
  'claimed_missing_items',
  'damaged',
  'wrong_item_sent',
  'lost_in_transit',
  'delivered_not_received',
  'price_error',
  'shown_in_stock',
  'promo_terms',
  'delivery_terms_unclear',
  'contact_wrong_time',
  'customer_personalization_error',
  'bad_payment',
  'threat_or_bad_review',
  'complaint_after_not_checking',
  'other',
] as const;
export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

/**
 * The causes a loss line can have: every incident cause, and the failed delivery attempts, which
 * are losses without an incident (the register stays the owner's list of cases, not of trips).
 */
export const LOSS_CAUSES = [...INCIDENT_CAUSES, 'repeat_delivery'] as const;
export type LossCause = (typeof LOSS_CAUSES)[number];

/** Why orders were moved to another day in bulk: kept in each order's 'move' audit entry. */
export const MOVE_REASONS = [
  'city_event',
  'courier_unavailable',
  'customer_asked',
  'weather',
  'other',
] as const;
export type MoveReason = (typeof MOVE_REASONS)[number];

export const FAULTS = ['shop', 'courier', 'carrier', 'customer', 'third_party', 'unknown'] as const;
export const INCIDENT_STATUSES = ['open', 'waiting', 'resolved', 'rejected'] as const;
export const RESOLUTIONS = [
  'refund_full',
  'refund_partial',
  'reship',
  'discount',
  'compensation',
  'remake',
  'nothing',
] as const;

export const COST_KINDS = [
  'refund',
  'reshipment_goods',
  'reshipment_delivery',
  'compensation',
  'extra_delivery',
  'goods_written_off',
  'return_shipping',
  'other',
  // Money that comes back (a carrier pays a claim); subtracted for the net loss.
  'recovery',
] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const BLOCK_KINDS = ['phone', 'email', 'address', 'name'] as const;
export const BLOCK_ACTIONS = ['block', 'prepayment', 'caution'] as const;
