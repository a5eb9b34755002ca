import { currencyDigits, type Minor } from './money';
import type { Language } from './settings';

// Every CSV file the app writes goes through here (the accountant's package in the file worker,
// the reports' downloads in the window): one quoting rule, one defence against formulas, one
// notion of a number cell.

/**
 * How the cells are separated and how a decimal is written. Excel opens a CSV by the computer's
 * regional settings: where the decimal is a comma (Russian and most of Europe) its list separator
 * is `;`, and a comma-separated file opens as one column.
 */
export const CSV_DIALECTS = ['semicolon', 'comma'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

const SEPARATOR: Record<CsvDialect, { cell: string; decimal: string }> = {
  semicolon: { cell: ';', decimal: ',' },
  comma: { cell: ',', decimal: '.' },
};

/** The dialect the shop's own Excel opens as columns. */
export const csvDialectFor = (language: Language): CsvDialect => (language === 'ru' ? 'semicolon' : 'comma');

/**
 * A number cell written as given, in major units with a dot ("-1234.50"): the dialect's decimal
 * is put in, and it is never taken for a formula — a real negative amount stays a number.
 */
export interface CsvNumber {
  readonly decimal: string;
}

export type CsvCell = string | number | CsvNumber | null;

/** Minor units as a plain decimal in major units, by integer arithmetic: -123450 → "-1234.50". */
export function csvMoney(minor: Minor, currency: string): CsvNumber {
  const digits = currencyDigits(currency);
  const unit = 10 ** digits;
  const abs = Math.abs(minor);
  const whole = Math.trunc(abs / unit);
  const sign = minor < 0 ? '-' : '';
  return {
    decimal: digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(abs % unit).padStart(digits, '0')}`,
  };
}

/**
 * Text a spreadsheet would run as a formula (OWASP's list: = + - @, tab, carriage return) gets an
 * apostrophe in front, so `=HYPERLINK(…)` in a customer's name is shown, never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

function written(value: CsvCell, dialect: { cell: string; decimal: string }): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', dialect.decimal);
  if (typeof value === 'object') return value.decimal.replace('.', dialect.decimal);
  const text = neutralised(value);
  const quote = text.includes(dialect.cell) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as one CSV text: a UTF-8 byte order mark first (Excel then reads Cyrillic right; a
 * `sep=` line would make it ignore the mark), CRLF line ends as RFC 4180 has them.
 */
export function csvText(rows: Iterable<readonly CsvCell[]>, dialect: CsvDialect): string {
  const format = SEPARATOR[dialect];
  let text = '\uFEFF';
  for (const row of rows) text += `${row.map((cell) => written(cell, format)).join(format.cell)}\r\n`;
  return text;
}
