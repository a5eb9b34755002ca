import type { DeliveryMethod, IncidentCause } from '../../../../shared/domain/enums';
import type { Fault } from './codes';

/**
 * The fault the logging form starts with. A parcel lost on the way by the post or a courier
 * service is the carrier's to answer for (it is the carrier the shop claims from); everything
 * else stays "unknown" until someone decides. Changed by hand, the form keeps the choice.
 */
export function suggestFault(cause: IncidentCause | null, deliveryMethod: DeliveryMethod | null): Fault {
  if (cause === 'lost_in_transit' && (deliveryMethod === 'post' || deliveryMethod === 'courier_service'))
    return 'carrier';
  return 'unknown';
}
