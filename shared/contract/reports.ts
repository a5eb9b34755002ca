import { z } from 'zod';
import { addDays, isIsoDate } from '../domain/dates';
import { DELIVERY_METHODS, FAULTS, LOSS_CAUSES } from '../domain/enums';
import { channel, startNotAfterEnd } from './define';

const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');
const int = z.number().int();

/** Ten years and a leap day or three: the longest period a report takes. */
export const MAX_REPORT_DAYS = 3653;

export const reportPeriodSchema = z
  .object({ from: day, to: day, granularity: z.enum(['week', 'month']).default('month') })
  .strict()
  .refine(...startNotAfterEnd)
  .refine(
    (v) =>
      !isIsoDate(v.from) || !isIsoDate(v.to) || v.from > v.to || addDays(v.from, MAX_REPORT_DAYS) >= v.to,
    {
      message: 'A report covers at most 10 years',
      path: ['from'],
    },
  );

const money = { count: int, costs: int, recovered: int, net: int };

export const lossRowSchema = z.object(money);

export const periodReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** One per week (starting Monday) or calendar month in the period, oldest first. */
  buckets: z.array(
    z.object({
      start: z.string(),
      orders: int,
      revenue: int,
      delivered: int,
      partly: int,
      refused: int,
      incidents: int,
      /** Failed delivery attempts that cost something (cause "repeat_delivery"). */
      attempts: int,
      costs: int,
      recovered: int,
      net: int,
      /** Net loss per cause in this bucket (causes without loss lines are absent). */
      byCause: z.partialRecord(z.enum(LOSS_CAUSES), int),
    }),
  ),
  totals: z.object({
    orders: int,
    revenue: int,
    /** count: loss lines (incidents and failed delivery attempts); incidents: incidents alone. */
    ...money,
    incidents: int,
    /** Percentages with one decimal; null when there is nothing to divide by. */
    lossSharePercent: z.number().nullable(),
    buyoutPercent: z.number().nullable(),
    partialPercent: z.number().nullable(),
  }),
  byCause: z.array(z.object({ cause: z.enum(LOSS_CAUSES), ...money })),
  byFault: z.array(z.object({ fault: z.enum(FAULTS), ...money })),
  /**
   * Every loss line naming the courier (money: whatever its fault), with the part the courier
   * carries (the courier's or carrier's fault, shared/domain/attribution.ts) and the split by
   * fault inside it; ordered by what the courier carries.
   */
  byCourier: z.array(
    z.object({
      courierId: int.nullable(),
      name: z.string().nullable(),
      ...money,
      carried: lossRowSchema,
      byFault: z.array(z.object({ fault: z.enum(FAULTS), ...money })),
    }),
  ),
  byDeliveryMethod: z.array(z.object({ deliveryMethod: z.enum(DELIVERY_METHODS).nullable(), ...money })),
  /** Incidents with a promo code or campaign, per code (those without one are not listed). */
  byPromoCode: z.array(z.object({ promoCode: z.string(), ...money })),
});
export type PeriodReport = z.infer<typeof periodReportSchema>;

export const PROFIT_CLASSES = ['profitable', 'break_even', 'loss_making'] as const;

export const profitabilitySchema = z.object({
  /** The rule, shown beside the table: profit = revenue × margin − losses; break-even within ±band of the margin. */
  rule: z.object({ marginPercent: z.number(), bandPercent: z.number() }),
  classes: z.record(z.enum(PROFIT_CLASSES), int),
  /** At most 2,000 customers for the scatter: the largest by revenue and by losses. */
  points: z.array(z.object({ id: int, name: z.string(), revenue: int, losses: int })),
  rows: z.array(
    z.object({
      id: int,
      name: z.string(),
      revenue: int,
      margin: int,
      losses: int,
      incidents: int,
      profit: int,
      class: z.enum(PROFIT_CLASSES),
    }),
  ),
  total: int,
  /** Customers with at least the risk settings' minimum of settled orders, lowest buyout first. */
  lowestBuyout: z.array(
    z.object({ id: int, name: z.string(), boughtOut: int, refused: int, buyoutPercent: z.number() }),
  ),
});

export const reportsChannels = {
  /** Losses by cause over time, by fault, courier and delivery method; loss share; buyout rates. */
  'reports.period': channel({
    input: z.object({ period: reportPeriodSchema, compare: z.boolean().default(true) }).strict(),
    output: z.object({ current: periodReportSchema, previous: periodReportSchema.nullable() }),
    role: 'owner',
  }),
  /** Which customers bring profit and which only losses (all time, from the kept totals). */
  'reports.profitability': channel({
    input: z
      .object({
        class: z.enum(PROFIT_CLASSES).optional(),
        order: z.enum(['profit_asc', 'profit_desc', 'losses_desc', 'revenue_desc']).default('profit_asc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: profitabilitySchema,
    role: 'owner',
  }),
};
