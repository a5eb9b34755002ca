import type { TFunction } from 'i18next';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { parseMoney } from '../../../../shared/domain/money';
import {
  LANGUAGES,
  riskThresholdsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../../shared/domain/settings';
import { minorToInputText } from '../../lib/money-input';

// The form keeps exactly what the person typed (text), so a bad entry is never lost or
// "corrected" under their fingers. Text becomes numbers only on save: whole numbers for counts
// and percents, minor units for money (through parseMoney, never a float). Ranges and the
// rules between fields (a window ends after it starts) are main's to judge; its issues come
// back with the same dotted names these fields have.

export type RiskKey = keyof Settings['risk'];
/** Every threshold the contract has, in its order: a new one shows up here by itself. */
export const RISK_KEYS = Object.keys(riskThresholdsSchema.shape) as RiskKey[];
export const MONEY_THRESHOLDS = [
  'codNewCustomerLimit',
  'signatureAbove',
] as const satisfies readonly RiskKey[];
export type MoneyThreshold = (typeof MONEY_THRESHOLDS)[number];
/** Settings of the rules that are a choice between words, not a number: kept as the word. */
export const CHOICE_THRESHOLDS = ['incidentsCounted'] as const satisfies readonly RiskKey[];
export type ChoiceThreshold = (typeof CHOICE_THRESHOLDS)[number];
export type CountThreshold = Exclude<RiskKey, MoneyThreshold | ChoiceThreshold>;

export function isMoneyThreshold(key: RiskKey): key is MoneyThreshold {
  return (MONEY_THRESHOLDS as readonly RiskKey[]).includes(key);
}

export function isChoiceThreshold(key: RiskKey): key is ChoiceThreshold {
  return (CHOICE_THRESHOLDS as readonly RiskKey[]).includes(key);
}

export interface ShopSettingsFormValues {
  shopName: string;
  language: Settings['language'];
  country: string;
  currency: string;
  timeZone: string;
  deliveryWindows: { from: string; to: string }[];
  marginPercent: string;
  orderNumbers: { prefix: string; digits: string };
  risk: Record<RiskKey, string>;
}

/** The form as its field groups receive it: typed text in, a settings patch out. */
export type ShopSettingsFormApi = UseFormReturn<ShopSettingsFormValues, unknown, SettingsPatch>;

export function toFormValues(settings: Settings, locale: string): ShopSettingsFormValues {
  const risk = {} as Record<RiskKey, string>;
  for (const key of RISK_KEYS) {
    risk[key] = isMoneyThreshold(key)
      ? minorToInputText(settings.risk[key], settings.currency, locale)
      : String(settings.risk[key]);
  }
  return {
    shopName: settings.shopName,
    language: settings.language,
    country: settings.country,
    currency: settings.currency,
    timeZone: settings.timeZone,
    deliveryWindows: settings.deliveryWindows.map((window) => ({ ...window })),
    marginPercent: String(settings.marginPercent),
    orderNumbers: { prefix: settings.orderNumbers.prefix, digits: String(settings.orderNumbers.digits) },
    risk,
  };
}

function safeParseMoney(text: string, currency: string): number | null {
  try {
    return parseMoney(text, currency);
  } catch {
    return null; // an unknown currency code: main reports the currency field itself
  }
}

const WHOLE = /^\d+$/;

export function shopSettingsSchema(t: TFunction) {
  const whole = z.string().trim().regex(WHOLE, t('validation.wholeNumber')).transform(Number);
  const time = z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, t('validation.time'));
  const riskText = z.record(z.string(), z.string());
  return z
    .object({
      shopName: z.string().trim().min(1, t('validation.enterShopName')),
      language: z.enum(LANGUAGES),
      country: z.string(),
      currency: z.string(),
      timeZone: z.string(),
      deliveryWindows: z.array(z.object({ from: time, to: time })),
      marginPercent: whole,
      orderNumbers: z.object({ prefix: z.string().trim(), digits: whole }),
      risk: riskText,
    })
    .transform((values, ctx): SettingsPatch => {
      const risk: Record<string, number | string> = {};
      for (const key of RISK_KEYS) {
        const text = (values.risk[key] ?? '').trim();
        if (isChoiceThreshold(key)) {
          risk[key] = text; // one of the offered words; main names it if not
          continue;
        }
        const parsed = isMoneyThreshold(key)
          ? safeParseMoney(text, values.currency)
          : WHOLE.test(text)
            ? Number(text)
            : null;
        if (parsed === null || parsed < 0) {
          const message = isMoneyThreshold(key) ? t('validation.amount') : t('validation.wholeNumber');
          ctx.addIssue({ code: 'custom', path: ['risk', key], message });
        }
        risk[key] = parsed ?? 0;
      }
      return { ...values, risk: risk as SettingsPatch['risk'] };
    });
}

const TOP_LEVEL = new Set([
  'shopName',
  'language',
  'country',
  'currency',
  'timeZone',
  'marginPercent',
  'deliveryWindows',
]);
const THRESHOLDS = new Set<string>([
  ...RISK_KEYS.map((key) => `risk.${key}`),
  'orderNumbers.prefix',
  'orderNumbers.digits',
]);

/** Whether one of main's issue paths names a field of this form. */
export function isShopSettingsField(path: string): boolean {
  return TOP_LEVEL.has(path) || THRESHOLDS.has(path) || /^deliveryWindows\.\d+\.(from|to)$/.test(path);
}
