import { describe, expect, it } from 'vitest';
import { weekInPeriod } from '../../../renderer/src/features/reports/chart-format';

// Issue 16, point 10 (smaller): in a December report the first weekly bar was labelled "30 Nov",
// a day outside the chosen month. A bar is labelled by the days it counts inside the period.

describe('a weekly bar of a month report', () => {
  const december = { from: '2026-12-01', to: '2026-12-31' };
  it('that starts in the month before is labelled from the month’s first day', () => {
    expect(weekInPeriod('2026-11-30', december)).toEqual({ from: '2026-12-01', to: '2026-12-06' });
  });
  it('that runs past the month ends on its last day', () => {
    expect(weekInPeriod('2026-12-28', december)).toEqual({ from: '2026-12-28', to: '2026-12-31' });
  });
  it('inside the month keeps its Monday to Sunday', () => {
    expect(weekInPeriod('2026-12-07', december)).toEqual({ from: '2026-12-07', to: '2026-12-13' });
  });
});
