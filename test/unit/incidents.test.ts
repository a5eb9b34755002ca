import { describe, expect, it } from 'vitest';
import { incidentTotals, isOverdue, suggestedFollowUp } from '../../shared/domain/incidents';

const DAY = 86_400_000;

describe('incident money', () => {
  it('nets costs against recoveries and ignores voided lines', () => {
    expect(
      incidentTotals([
        { kind: 'refund', amount: 450_000, voided: false },
        { kind: 'reshipment_delivery', amount: 35_000, voided: false },
        { kind: 'compensation', amount: 999_900, voided: true },
        { kind: 'recovery', amount: 200_000, voided: false },
        { kind: 'recovery', amount: 1, voided: true },
      ]),
    ).toEqual({ costs: 485_000, recovered: 200_000, net: 285_000 });
  });

  it('can end in a gain when the carrier pays more than it cost', () => {
    expect(
      incidentTotals([
        { kind: 'return_shipping', amount: 30_000, voided: false },
        { kind: 'recovery', amount: 50_000, voided: false },
      ]).net,
    ).toBe(-20_000);
  });
});

describe('follow-ups', () => {
  const now = Date.UTC(2026, 10, 23, 9);
  it('waits for the post’s search-request day on a parcel lost in transit', () => {
    const dispatched = now - 10 * DAY;
    expect(suggestedFollowUp('lost_in_transit', now, dispatched)).toEqual({
      due: dispatched + 30 * DAY,
      reason: 'post_search_request',
    });
  });

  it('waits for the search-request day on a late post parcel too, not on a late courier delivery', () => {
    const dispatched = now - 10 * DAY;
    expect(suggestedFollowUp('late_delivery', now, dispatched, 'post')).toEqual({
      due: dispatched + 30 * DAY,
      reason: 'post_search_request',
    });
    expect(suggestedFollowUp('late_delivery', now, dispatched, 'own_courier').reason).toBe('call_back');
    expect(suggestedFollowUp('lost_in_transit', now, dispatched, 'post').reason).toBe('post_search_request');
  });

  it('calls back within a day otherwise, and when the 30 days are already over', () => {
    expect(suggestedFollowUp('damaged', now, null)).toEqual({ due: now + DAY, reason: 'call_back' });
    expect(suggestedFollowUp('lost_in_transit', now, now - 40 * DAY).reason).toBe('call_back');
  });

  it('counts only open and waiting incidents past their follow-up as overdue', () => {
    expect(isOverdue('open', now - 1, now)).toBe(true);
    expect(isOverdue('waiting', now - 1, now)).toBe(true);
    expect(isOverdue('resolved', now - 1, now)).toBe(false);
    expect(isOverdue('open', now + 1, now)).toBe(false);
    expect(isOverdue('open', null, now)).toBe(false);
  });
});
