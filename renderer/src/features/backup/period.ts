// The accountant's usual periods, as calendar days of the shop (DESIGN §4): from the 1st of a
// month or quarter to its last day. Pure, so the edges (January, a leap February) are testable.

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (month 1–12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, first: number, last: number): Period {
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** The days a preset covers, seen from `today` (YYYY-MM-DD in the shop's time zone). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return months(year, month, month);
    case 'lastMonth':
      return month === 1 ? months(year - 1, 12, 12) : months(year, month - 1, month - 1);
    case 'thisQuarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return months(year, first, first + 2);
    }
    case 'lastYear':
      return months(year - 1, 1, 12);
  }
}
