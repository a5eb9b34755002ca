import { z } from 'zod';
import { nameText } from './text';
import { isValidTimeZone } from './dates';
import { currencyDigits } from './money';
import { INCIDENT_CAUSES } from './enums';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, for example 11:00');

export const deliveryWindowSchema = z
  .object({ from: hhmm, to: hhmm })
  .refine((w) => w.from < w.to, { message: 'A window must end after it starts', path: ['to'] });
export type DeliveryWindow = z.infer<typeof deliveryWindowSchema>;

const minor = z.number().int('Whole minor units only (kopecks, cents)').nonnegative();
const percent = z.number().int().min(0).max(100);

/**
 * Which incidents the incident rule counts: only those the shop judged the customer's fault, or
 * every incident (the shop's, the courier's too) measured against the customer's orders — the
 * customer whose every order ends in a claim is visible only the second way (SCENARIOS 3).
 */
export const INCIDENT_BASES = ['customer_fault', 'all_incidents'] as const;
export type IncidentBasis = (typeof INCIDENT_BASES)[number];

/** Thresholds the risk rules read. Money in minor units. */
export const riskThresholdsSchema = z.object({
  /** Cash on delivery above this from a new customer needs a second (landline) number. */
  codNewCustomerLimit: minor,
  /** Buyout rate under this percent (with enough orders): prepayment only. */
  minBuyoutRatePercent: percent,
  /** Orders needed before the buyout rate is trusted. */
  buyoutMinOrders: z.number().int().min(1).max(1000),
  /** This many incidents in 12 months make a customer stand out (the minimum, either basis). */
  incidentsPerYearCaution: z.number().int().min(1).max(1000),
  /** Which incidents are counted (see INCIDENT_BASES). */
  incidentsCounted: z.enum(INCIDENT_BASES),
  /**
   * From this many orders in 12 months a customer's incidents are weighed against their orders
   * (by fault); with all incidents counted they always are. A good regular is not shouted at.
   */
  incidentRateFromOrders: z.number().int().min(1).max(1000),
  /** Incidents as a share of the orders in 12 months that make a customer stand out. */
  incidentRatePercent: z.number().int().min(1).max(100),
  /** This many refused or unclaimed parcels suggest a prepayment-only entry. */
  refusedParcelsPrepayment: z.number().int().min(1).max(1000),
  /** Orders above this go with signature confirmation. */
  signatureAbove: minor,
  /** Days a cheque needs to clear before shipping. */
  chequeClearanceDays: z.number().int().min(0).max(60),
});

export const settingsSchema = z.object({
  shopName: nameText(120).pipe(z.string().min(1, 'Enter the shop name')),
  /** ISO 3166 country: the default region for phone numbers. */
  country: z.string().regex(/^[A-Z]{2}$/, 'Two capital letters, e.g. RU'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Three capital letters, e.g. RUB')
    .refine(
      (c) => {
        try {
          currencyDigits(c);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'Unknown currency code' },
    ),
  language: z.enum(LANGUAGES),
  timeZone: z.string().refine(isValidTimeZone, { message: 'Unknown time zone' }),
  deliveryWindows: z.array(deliveryWindowSchema).min(1, 'Keep at least one delivery window').max(12),
  marginPercent: percent,
  /** New orders are numbered prefix + sequence ("SD-000124"); imports keep the file's numbers. */
  orderNumbers: z.object({
    prefix: z
      .string()
      .trim()
      .max(20)
      .regex(/^[^\s%_]*$/, 'No spaces, % or _ in the prefix'),
    digits: z.number().int().min(1).max(12),
  }),
  risk: riskThresholdsSchema,
  /**
   * The owner's words for each incident cause (the options the shop offers), shown to the operator
   * while logging. A cause without text shows the app's built-in suggestion in the UI language.
   */
  backup: z.object({
    /** Where backups go; null means the "backups" folder inside the app's data folder. */
    folder: z.string().trim().min(1).max(4000).nullable(),
    /** An automatic backup is taken on start when the last one is older than this. */
    intervalHours: z
      .number()
      .int()
      .min(1, 'At least 1 hour')
      .max(24 * 30, 'At most 30 days'),
    keepDaily: z.number().int().min(1).max(365),
    keepMonthly: z.number().int().min(0).max(120),
  }),
  responseScripts: z.partialRecord(z.enum(INCIDENT_CAUSES), z.string().max(4000, 'At most 4,000 characters')),
  /**
   * The message sent instead of a call (pickup point, post, do-not-call), with {number}, {date},
   * {window}, {amount}, {address} and {shop} filled in. Empty: the app's text in the UI language.
   */
  messageTemplate: z.string().max(2000, 'At most 2,000 characters'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  shopName: 'My shop',
  country: 'RU',
  currency: 'RUB',
  language: 'ru',
  timeZone: 'Europe/Moscow',
  deliveryWindows: [
    { from: '11:00', to: '14:00' },
    { from: '14:00', to: '17:00' },
    { from: '17:00', to: '20:00' },
    { from: '20:00', to: '22:00' },
  ],
  marginPercent: 30,
  orderNumbers: { prefix: 'SD-', digits: 6 },
  risk: {
    codNewCustomerLimit: 1_500_000, // 15,000.00 in the shop's currency
    minBuyoutRatePercent: 60,
    buyoutMinOrders: 3,
    incidentsPerYearCaution: 2,
    incidentsCounted: 'customer_fault',
    incidentRateFromOrders: 10,
    incidentRatePercent: 20,
    refusedParcelsPrepayment: 2,
    signatureAbove: 2_500_000,
    chequeClearanceDays: 5,
  },
  backup: { folder: null, intervalHours: 24, keepDaily: 14, keepMonthly: 12 },
  responseScripts: {},
  messageTemplate: '',
};

/** A partial update: top-level keys replace, `risk` merges field by field. */
export const settingsPatchSchema = settingsSchema
  .omit({ risk: true })
  .partial()
  .extend({ risk: riskThresholdsSchema.partial().optional() })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
