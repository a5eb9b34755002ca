import { awaitingCheque } from './cheque';
import type { PaymentMethod, PaymentStatus } from './enums';
import { PAID_ON_DELIVERY } from './order-policy';

// DESIGN §5, "To collect at the door": written once, used by the plan, the route sheet and the
// end of day. Money not received is never "paid".

export type DoorPayment =
  /** Cash or card on delivery still to be taken, in minor units. */
  | { kind: 'collect'; amount: number }
  /** The money is in: nothing to take at the door. */
  | { kind: 'paid' }
  /** Prepayment expected but not received: the goods must not be handed over. */
  | { kind: 'hold'; reason: 'cheque_not_cleared' | 'not_paid' };

export function doorPayment(order: {
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  total: number;
  /** What is owed for what the customer keeps when it is less than the total (a partial buyout). */
  due?: number;
  amountReceived: number;
}): DoorPayment {
  if (PAID_ON_DELIVERY.includes(order.paymentMethod)) {
    const rest = (order.due ?? order.total) - order.amountReceived;
    return rest > 0 ? { kind: 'collect', amount: rest } : { kind: 'paid' };
  }
  if (awaitingCheque(order.paymentMethod, order.paymentStatus))
    return { kind: 'hold', reason: 'cheque_not_cleared' };
  if (order.paymentStatus === 'paid' || order.amountReceived >= order.total) return { kind: 'paid' };
  return { kind: 'hold', reason: 'not_paid' };
}
