// Money is always an integer number of minor units (kopecks, cents). Formatting goes through
// Intl so the currency decides how many fraction digits are shown.

export type Minor = number;

export function isMinor(value: unknown): value is Minor {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Fraction digits of a currency according to Intl (RUB 2, JPY 0, ...). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function formatMoney(minor: Minor, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  // Split into whole and fraction with integer arithmetic, then let Intl format the decimal
  // string: no float multiplication of money anywhere.
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const unit = 10 ** digits;
  const whole = Math.trunc(abs / unit);
  const fraction = abs % unit;
  const decimal =
    digits > 0 ? `${sign}${whole}.${String(fraction).padStart(digits, '0')}` : `${sign}${whole}`;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fraction === 0 ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(decimal as unknown as number);
}

/**
 * Parses what a person types ("1 234,50", "1234.5", "990") into minor units, or null when it is
 * not an amount. Works on the digit string, never through a float.
 */
export function parseMoney(text: string, currency: string): Minor | null {
  const digits = currencyDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,-]/g, '');
  const match = /^(-?)(\d+)(?:[.,](\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, frac = ''] = match;
  if (frac.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return sign === '-' ? -minor : minor;
}

/** The goods' sum of an order: each line's quantity times its unit price, in minor units. */
export const itemsTotal = (items: readonly { quantity: number; unitPrice: number }[]): number =>
  items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
