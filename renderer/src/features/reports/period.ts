import { addDays, isIsoDate } from '../../../../shared/domain/dates';

// The report's period as the shop's calendar days (DESIGN §4), kept in the address
// (#/reports?period=last12&by=month, or period=custom&from=…&to=…) so going back from an
// incident or a customer restores what was shown. Pure, so the edges are testable.

export const PERIOD_PRESETS = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'thisYear',
  'last12',
  'custom',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Granularity = 'week' | 'month';

export interface Period {
  from: string;
  to: string;
}

export interface PeriodChoice {
  preset: PeriodPreset;
  /** As typed for a custom period (may be '' or half a date); the preset's days otherwise. */
  from: string;
  to: string;
  granularity: Granularity;
  /** True when the granularity was picked by hand, not suggested from the length. */
  granularityChosen: boolean;
}

export const DEFAULT_PRESET: PeriodPreset = 'last12';

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The 1st of the month `back` months before the month of `day`. */
function monthStart(day: string, back = 0): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/**
 * The days a preset covers, seen from `today`. Periods that include today end today: the
 * comparison is then with the same number of days just before, which is fair for a period
 * still running.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'lastMonth': {
      const from = monthStart(today, 1);
      return { from, to: lastDayOfMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7))) };
    }
    case 'thisQuarter': {
      const month = Number(today.slice(5, 7));
      return { from: monthStart(today, (month - 1) % 3), to: today };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12':
      // Twelve whole calendar months, this one included: twelve clean monthly buckets.
      return { from: monthStart(today, 11), to: today };
  }
}

export function periodDays(period: Period): number {
  return (
    Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) +
    1
  );
}

/** Weeks for up to three months, months beyond: a dozen or so bars either way. */
export function suggestedGranularity(period: Period): Granularity {
  return isIsoDate(period.from) && isIsoDate(period.to) && periodDays(period) <= 92 ? 'week' : 'month';
}

const isPreset = (value: string | null): value is PeriodPreset =>
  value !== null && (PERIOD_PRESETS as readonly string[]).includes(value);

export function readPeriod(params: URLSearchParams, today: string): PeriodChoice {
  const asked = params.get('period');
  const preset = isPreset(asked) ? asked : DEFAULT_PRESET;
  const days =
    preset === 'custom'
      ? { from: params.get('from') ?? '', to: params.get('to') ?? '' }
      : presetPeriod(preset, today);
  const by = params.get('by');
  const chosen = by === 'week' || by === 'month';
  return {
    preset,
    ...days,
    granularity: chosen ? by : suggestedGranularity(days),
    granularityChosen: chosen,
  };
}

/** The address's parameters for a choice; everything else in the address is kept. */
export function writePeriod(params: URLSearchParams, choice: PeriodChoice): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['period', 'from', 'to', 'by']) next.delete(key);
  if (choice.preset !== DEFAULT_PRESET) next.set('period', choice.preset);
  if (choice.preset === 'custom') {
    next.set('from', choice.from);
    next.set('to', choice.to);
  }
  if (choice.granularityChosen) next.set('by', choice.granularity);
  return next;
}

/** Both ends are real days: the period can be asked for (main still checks order and length). */
export function isComplete(choice: PeriodChoice): boolean {
  return isIsoDate(choice.from) && isIsoDate(choice.to);
}

/**
 * The granularity a report was built with, read from its buckets (weeks are 7 days apart); the
 * fallback when one bucket cannot tell. While the next period loads, the screen keeps showing the
 * last report, and its bars must keep their own labels.
 */
export function reportGranularity(buckets: readonly { start: string }[], fallback: Granularity): Granularity {
  const [first, second] = buckets;
  if (!first || !second) return fallback;
  return periodDays({ from: first.start, to: second.start }) === 8 ? 'week' : 'month';
}

/**
 * The days one bar stands for: its bucket (week from Monday, or calendar month) clipped to the
 * period, as the report counted them. Used to ask for the incidents behind a bar.
 */
export function bucketRange(start: string, granularity: Granularity, period: Period): Period {
  const end =
    granularity === 'week'
      ? addDays(start, 6)
      : lastDayOfMonth(Number(start.slice(0, 4)), Number(start.slice(5, 7)));
  return { from: start < period.from ? period.from : start, to: end > period.to ? period.to : end };
}
