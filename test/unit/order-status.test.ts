import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../shared/domain/enums';
import { canMove, ORDER_TRANSITIONS } from '../../shared/domain/order-status';

describe('order status transitions', () => {
  it('follow the life of a delivery', () => {
    expect(canMove('new', 'scheduled')).toBe(true);
    expect(canMove('scheduled', 'out_for_delivery')).toBe(true);
    expect(canMove('out_for_delivery', 'partly_bought_out')).toBe(true);
    expect(canMove('not_at_home', 'scheduled')).toBe(true);
    expect(canMove('refused', 'returned')).toBe(true);
  });
  it('refuse jumps and leaving a final state', () => {
    expect(canMove('new', 'delivered')).toBe(false);
    expect(canMove('cancelled', 'scheduled')).toBe(false);
    expect(canMove('returned', 'delivered')).toBe(false);
    expect(canMove('delivered', 'refused')).toBe(false);
  });
  it('name only real statuses and never loop to themselves', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_TRANSITIONS[from]) {
        expect(ORDER_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });
});
