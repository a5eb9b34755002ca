import type { OrderStatus } from './enums';

// Where an order may go from each status (issue 4). Anything else is refused with a message.
// "not_at_home" goes back to "scheduled" when the delivery is moved to another day.
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  new: ['confirmed', 'scheduled', 'cancelled'],
  confirmed: ['scheduled', 'out_for_delivery', 'cancelled'],
  scheduled: ['confirmed', 'out_for_delivery', 'cancelled'],
  out_for_delivery: ['delivered', 'partly_bought_out', 'refused', 'not_at_home', 'returned', 'lost'],
  not_at_home: ['scheduled', 'out_for_delivery', 'cancelled', 'returned'],
  refused: ['returned'],
  partly_bought_out: ['returned'],
  delivered: ['returned'],
  returned: [],
  cancelled: [],
  lost: ['delivered'],
};

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Statuses whose delivery is over: they count for buyout rate and revenue. */
export const SETTLED_STATUSES: readonly OrderStatus[] = [
  'delivered',
  'partly_bought_out',
  'refused',
  'returned',
];

/** An order in one of these can still be planned, moved and edited. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['new', 'confirmed', 'scheduled', 'not_at_home'];
