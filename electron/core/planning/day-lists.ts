import type { OrderStatus } from '../../../shared/domain/enums';

// THE rule for a delivery day's lists (issue 15, points 2 and 3). Whatever path gave an order its
// date — the form, an edit, an import, a move on the board, a call, the end of day — the lists
// follow from the order's delivery_date and status alone, never from which path wrote them.

/**
 * SQL over an `orders o` row: the order is still to be delivered on its delivery_date, so that
 * day's end-of-day list waits for its outcome. "New" counts: an order given a date by an edit or
 * an import has not been confirmed yet, but it is going out. "Not at home" counts once its date
 * has been moved past its last attempt: that is the second try.
 */
export const DUE_ON_DELIVERY_DATE = `(o.delivery_date is not null and (
  o.status in ('new', 'scheduled', 'confirmed', 'out_for_delivery')
  or (o.status = 'not_at_home' and o.delivery_date >
        coalesce((select max(a.attempted_on) from delivery_attempts a where a.order_id = o.id), ''))))`;

/**
 * SQL over an `orders o` row: the customer is to be confirmed before the delivery_date — due,
 * and not yet handed to a courier. (Who gets a message rather than a call is the call list's
 * business: it still lists them, apart.)
 */
export const TO_CONFIRM_FOR_DELIVERY_DATE = `(${DUE_ON_DELIVERY_DATE} and o.status <> 'out_for_delivery')`;

/**
 * The status an open order takes when its delivery date is set or changed: another day means
 * another confirmation call, so it is "scheduled" again (a "new" order given a date, a "not at
 * home" one given a second try, a confirmed one moved). Unchanged date, unchanged status.
 */
export function statusForDeliveryDate(
  status: OrderStatus,
  before: string | null,
  after: string | null,
): OrderStatus {
  if (after === null) return status;
  if (after !== before || status === 'new') return 'scheduled';
  return status;
}
