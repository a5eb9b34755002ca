import { currencyDigits, type Minor } from '../../../../shared/domain/money';

// A chart's data as a CSV file built in the window (no round trip to main): a header row, money
// in major units with a dot ("1234.50", whatever the interface language), a UTF-8 BOM so Excel
// reads Cyrillic names right, CRLF line ends as RFC 4180 has them.

export type CsvCell = string | number | null;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** Minor units as a plain decimal in major units, by integer arithmetic: 123450 → "1234.50". */
export function majorUnits(minor: Minor, currency: string): string {
  const digits = currencyDigits(currency);
  const unit = 10 ** digits;
  const abs = Math.abs(minor);
  const whole = Math.trunc(abs / unit);
  const sign = minor < 0 ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(abs % unit).padStart(digits, '0')}`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: CsvTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves the text as a file through the browser's download (Electron asks where to save it). */
export function downloadCsv(fileName: string, table: CsvTable): void {
  const blob = new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download reads the blob asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "shopdesk-losses-by-fault-2025-12-01-2026-11-23.csv" */
export function csvFileName(name: string, period: { from: string; to: string } | null): string {
  return `shopdesk-${name}${period ? `-${period.from}-${period.to}` : ''}.csv`;
}
