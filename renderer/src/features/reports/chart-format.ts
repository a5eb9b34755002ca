import { DEFAULT_THEME } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PROFIT_CLASSES } from '../../../../shared/contract/reports';
import type { FAULTS, LossCause } from '../../../../shared/domain/enums';
import { currencyDigits } from '../../../../shared/domain/money';
import { useFormatters } from '../../lib/format';
import { bucketRange, periodDays, type Granularity, type Period } from './period';

// What the charts share: one colour per cause, fault and class (SVG fills need plain colours,
// not CSS variables), axis labels short enough for a dozen bars, and a rule for animation.

const c = DEFAULT_THEME.colors;

export const CAUSE_COLOR: Record<LossCause, string> = {
  cod_fraud: c.red[8],
  refusal_at_door: c.orange[7],
  partial_buyout: c.orange[4],
  not_at_home: c.yellow[6],
  late_delivery: c.blue[4],
  claimed_missing_items: c.grape[6],
  damaged: c.pink[6],
  wrong_item_sent: c.violet[4],
  lost_in_transit: c.blue[8],
  delivered_not_received: c.cyan[7],
  price_error: c.lime[7],
  shown_in_stock: c.green[6],
  promo_terms: c.teal[4],
  delivery_terms_unclear: c.cyan[3],
  contact_wrong_time: c.indigo[3],
  customer_personalization_error: c.violet[8],
  bad_payment: c.red[4],
  threat_or_bad_review: c.grape[9],
  complaint_after_not_checking: c.pink[3],
  other: c.gray[5],
  repeat_delivery: c.yellow[9],
};

export const FAULT_COLOR: Record<(typeof FAULTS)[number], string> = {
  shop: c.indigo[6],
  courier: c.orange[6],
  carrier: c.blue[6],
  customer: c.grape[6],
  third_party: c.teal[6],
  unknown: c.gray[5],
};

export type ProfitClass = (typeof PROFIT_CLASSES)[number];

export const CLASS_COLOR: Record<ProfitClass, string> = {
  profitable: c.teal[6],
  break_even: c.yellow[7],
  loss_making: c.red[7],
};

export const CHART_COLOR = {
  loss: c.red[7],
  count: c.dark[4],
  revenue: c.teal[2],
  share: c.red[7],
  buyout: c.teal[7],
  partial: c.orange[6],
  bar: c.red[6],
  grid: c.gray[3],
  axis: c.gray[7],
};

/** Past this many drawn points a chart appears at once: animating thousands of shapes stutters. */
export const ANIMATION_LIMIT = 200;

export interface ChartFormatters {
  /** "₽1.2M" on an axis; tooltips and tables use the exact amount. */
  compactMoney: (minor: number) => string;
  /** "12.5%" with at most one decimal, as main rounds them. */
  percent: (value: number) => string;
  /** "Nov 2026" or "23 Nov" under a bar. */
  bucketTick: (start: string) => string;
  /** "November 2026" or "week of 23 Nov 2026" in a tooltip or table. */
  bucketName: (start: string) => string;
}

/**
 * The days a weekly bar stands for inside the chosen period: the week of 30 Nov in a December
 * report counts 1–6 Dec, and is labelled so, not by a day outside the month.
 */
export function weekInPeriod(start: string, period: Period | undefined): Period {
  return period ? bucketRange(start, 'week', period) : { from: start, to: start };
}

/**
 * Weekly bars over more than a year are labelled by month and year: "23 Nov" alone would not
 * say which year it is.
 */
export function useChartFormatters(granularity: Granularity, period?: Period): ChartFormatters {
  const { t } = useTranslation();
  const format = useFormatters();
  const long = period !== undefined && periodDays(period) > 366;
  return useMemo(() => {
    const { locale, currency } = format;
    const unit = 10 ** currencyDigits(currency);
    const compact = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const parts = (options: Intl.DateTimeFormatOptions) => {
      const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      return (day: string) => formatter.format(Date.parse(`${day}T00:00:00Z`));
    };
    const monthTick = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const monthName = parts({ month: 'long', year: 'numeric' });
    const weekTick = parts({ day: 'numeric', month: 'short' });
    // "Nov 2026", "нояб. 2026": the month and the year without the "г." Russian adds.
    const shortMonth = (day: string) =>
      monthTick
        .formatToParts(Date.parse(`${day}T00:00:00Z`))
        .filter((part) => part.type === 'month' || part.type === 'year')
        .map((part) => part.value)
        .join(' ');
    return {
      compactMoney: (minor) => compact.format(minor / unit),
      percent: (value) => percent.format(value / 100),
      bucketTick:
        granularity === 'month' || long ? shortMonth : (day) => weekTick(weekInPeriod(day, period).from),
      bucketName:
        granularity === 'month'
          ? monthName
          : (day) => {
              const days = weekInPeriod(day, period);
              return period
                ? t('reports.weekSpan', { from: format.day(days.from), to: format.day(days.to) })
                : t('reports.weekOf', { day: format.day(day) });
            },
    };
  }, [format, granularity, long, period, t]);
}

/** A share with one decimal, or null when there is nothing to divide by (as main computes them). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The time axis every bucket chart shares: a tick per week or month, thinned when crowded. */
export function bucketAxisProps(chart: ChartFormatters) {
  return {
    dataKey: 'start',
    tickFormatter: chart.bucketTick,
    tick: { fontSize: 12 },
    minTickGap: 12,
  } as const;
}

/** The money axis on the left of the loss charts. */
export function moneyAxisProps(chart: ChartFormatters) {
  return { yAxisId: 'money', tickFormatter: chart.compactMoney, tick: { fontSize: 12 }, width: 72 } as const;
}
