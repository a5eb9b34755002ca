import type { DATE_ORDERS, ImportProblem } from '../../../shared/contract/import';
import { isIsoDate } from '../../../shared/domain/dates';

// Cell text → ShopDesk values. Every parser answers a value or a reason a person can act on; none
// guesses when a value can be read two ways.

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ImportProblem['code']; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ImportProblem['code'], message: string): Parsed<T> => ({ ok: false, code, message });

/** Trimmed, inner runs of white space (incl. no-break spaces and line breaks) made one space. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** How a value of a code column is compared: case, ё/е and spacing do not matter. */
export function foldValue(text: string): string {
  return cleanText(text).toLowerCase().replace(/ё/g, 'е');
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? text : null;
}

/** Excel counts days from 1899-12-30; 20000–80000 is 1954–2119, so a bare order number is never read as one. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL = /^\d{5}(\.\d+)?$/;

/**
 * A calendar day from ISO (2026-11-23, with or without a time), 23.11.2026, 23/11/2026, 23-11-2026
 * (month first with dateOrder 'mdy'), two-digit years as 20yy, or an Excel serial number.
 */
export function parseDay(text: string, dateOrder: (typeof DATE_ORDERS)[number]): Parsed<string> {
  const value = cleanText(text);
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value,
    );
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? ok(day) : fail('bad_date', `${value} is not a date in the calendar.`);
  }
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])];
    const year = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
    const day = dateOrder === 'dmy' ? isoDay(year, b, a) : isoDay(year, a, b);
    return day ? ok(day) : fail('bad_date', `${value} is not a date in the calendar.`);
  }
  if (SERIAL.test(value)) {
    const serial = Number(value);
    if (serial >= 20_000 && serial <= 80_000) {
      return ok(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return fail('bad_date', `${value} is not a date (use 23.11.2026 or 2026-11-23).`);
}

/**
 * "1234.5" → 123450 with two fraction digits, on the digit string, never through a float (as
 * shared/domain/money.ts parseMoney does; that one asks Intl for the currency's digits on every
 * call, which was a third of an import's time over 100,000 rows).
 */
function toMinor(decimal: string, digits: number): number | null {
  const [whole, fraction = ''] = decimal.split('.');
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

const CURRENCY_WORDS = /(₽|руб\.?|р\.|rub|\$|usd|€|eur|£|gbp|₸|тг\.?|kzt|грн\.?|uah|₴|br|byn)/gi;

/**
 * An amount in minor units: "1 234,50", "1234.5", "1 234 ₽", "1,234.50", "1.234,50", "(300)"
 * (negative). Refused: negative amounts, and "1,234" / "1.234" when the currency has fewer than
 * three fraction digits (a thousand or one and a bit?).
 */
const PLAIN_AMOUNT = /^\d{1,13}(?:[.,]\d{1,2})?$/;

export function parseAmount(text: string, currency: string, digits: number): Parsed<number> {
  const raw = cleanText(text);
  // Most cells are "1234", "1234,5" or "1234.50": no symbols, no groups, nothing to decide.
  if (digits >= 2 && PLAIN_AMOUNT.test(raw)) return ok(toMinor(raw.replace(',', '.'), digits)!);
  let value = raw.replace(CURRENCY_WORDS, '').replace(/[\s'’]/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  if (value.startsWith('-') || value.startsWith('−')) {
    negative = true;
    value = value.slice(1);
  }
  if (value.startsWith('+')) value = value.slice(1);
  if (!/^\d[\d.,]*$/.test(value)) return fail('bad_amount', `${raw} is not an amount.`);
  const commas = value.split(',').length - 1;
  const dots = value.split('.').length - 1;
  let decimal: string;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark, the other groups thousands ("1.234,50", "1,234.50").
    const at = Math.max(value.lastIndexOf(','), value.lastIndexOf('.'));
    const group = value[at] === ',' ? '.' : ',';
    const whole = value.slice(0, at);
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) {
      return fail('bad_amount', `${raw} is not an amount.`);
    }
    decimal = `${whole.split(group).join('')}.${value.slice(at + 1)}`;
  } else if (commas + dots > 1) {
    // One mark, several times: thousands groups ("1,234,567").
    const mark = commas > 0 ? ',' : '.';
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(value))
      return fail('bad_amount', `${raw} is not an amount.`);
    decimal = value.split(mark).join('');
  } else if (commas + dots === 1) {
    const fraction = value.split(/[.,]/)[1]!;
    if (fraction.length === 3 && digits < 3) {
      return fail(
        'ambiguous_amount',
        `${raw} can be read two ways; write it as ${value.replace(/[.,]/, '')} or with two decimals.`,
      );
    }
    decimal = value.replace(',', '.');
  } else decimal = value;
  const minor = toMinor(decimal, digits);
  if (minor === null) {
    return fail(
      'amount_out_of_range',
      `${raw} has more decimals than the currency (${currency}) allows, or is too large.`,
    );
  }
  if (negative && minor !== 0) return fail('negative_amount', `${raw} is below zero.`);
  return ok(minor);
}

/** A whole number of pieces, at least 1: "2", "2,0", "2 шт.", "2 pcs". */
export function parseQuantity(text: string): Parsed<number> {
  const raw = cleanText(text);
  const match = /^(\d+)(?:[.,]0+)?\s*(шт\.?|pcs\.?|pc\.?|x)?$/i.exec(raw);
  if (!match) return fail('bad_quantity', `${raw} is not a whole number of pieces.`);
  const quantity = Number(match[1]);
  if (quantity < 1 || quantity > 100_000)
    return fail('quantity_out_of_range', `${raw}: between 1 and 100,000 pieces.`);
  return ok(quantity);
}

const clock = (h: string, m: string | undefined) => {
  const hour = Number(h);
  const minute = Number(m ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
};

/** A delivery window: "11:00-14:00", "11–14", "с 11 до 14", "11:00 - 14:00". */
export function parseWindow(text: string): Parsed<{ from: string; to: string }> {
  const raw = cleanText(text);
  const match =
    /^(?:с|from)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|—|до|to)\s*(\d{1,2})(?:[:.](\d{2}))?$/i.exec(raw);
  const from = match && clock(match[1]!, match[2]);
  const to = match && clock(match[3]!, match[4]);
  if (!from || !to) return fail('bad_window', `${raw} is not a delivery window (use 11:00-14:00).`);
  if (from >= to) return fail('window_reversed', `${raw}: the window must end after it starts.`);
  return ok({ from, to });
}

/**
 * Reads the values of one code column: the caller's map (file value → code) first, then the codes
 * and their names in every language. Built once per import, asked once per row.
 */
export function codeReader<T extends string>(
  userMap: Record<string, T> | undefined,
  known: ReadonlyMap<string, T>,
): (text: string) => T | undefined {
  const map = new Map(known);
  for (const [fileValue, code] of Object.entries(userMap ?? {})) map.set(foldValue(fileValue), code);
  // A column holds a handful of different values over 100,000 rows: fold each one once.
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const code = map.get(foldValue(text));
    if (seen.size < 10_000) seen.set(text, code);
    return code;
  };
}
