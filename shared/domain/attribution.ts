import type { FAULTS, IncidentCause } from './enums';

type Fault = (typeof FAULTS)[number];

// Who carries a loss: the attribution rules (DESIGN §5, money rules), written once for core and
// the forms. Issue 16: a shop-fault price error on an order a driver carried made that driver
// "99.3% of December's losses", and a remake the shop chose to give a loyal customer turned her
// call-desk verdict to caution.

/**
 * The faults that put a loss on the courier who carried the order: the courier's own (a driver,
 * a foot courier) or the carrier's (a courier service, the post). Any other fault stays the
 * shop's, the customer's or a third party's even when a courier is named on the incident.
 */
export const COURIER_FAULTS = ['courier', 'carrier'] as const satisfies readonly Fault[];

export function isCourierFault(fault: Fault): boolean {
  return (COURIER_FAULTS as readonly Fault[]).includes(fault);
}

/**
 * The causes about the delivery itself, where whoever carried the order was there: only these
 * take the order's courier when an incident is logged from an order. A price error, goods shown
 * in stock, a wrong item picked, promo or delivery terms, a call at the wrong time, the
 * customer's own personalization, a bad payment, a threat, missing items (packed by the shop, the
 * parcel's weight decides) and "other" are not about the trip; a courier is named on them only
 * by hand.
 */
const DELIVERY_CAUSES: ReadonlySet<IncidentCause> = new Set<IncidentCause>([
  'cod_fraud',
  'refusal_at_door',
  'partial_buyout',
  'not_at_home',
  'late_delivery',
  'damaged',
  'lost_in_transit',
  'delivered_not_received',
  'complaint_after_not_checking',
]);

export function isDeliveryCause(cause: IncidentCause): boolean {
  return DELIVERY_CAUSES.has(cause);
}

/**
 * Whether an incident weighs in the customer's verdict (call desk, attention list): every
 * incident does, except one by the customer's fault that the owner marked as not held against
 * them (the shop chose to remake a loyal customer's order for free). The money stays a loss.
 */
export function countsAgainstCustomer(incident: { fault: Fault; notHeldAgainstCustomer: boolean }): boolean {
  return !(incident.fault === 'customer' && incident.notHeldAgainstCustomer);
}
