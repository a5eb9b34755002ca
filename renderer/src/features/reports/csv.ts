import { csvText, type CsvCell } from '../../../../shared/domain/csv';

// A chart's data as a CSV file built in the window (no round trip to main), written by the
// shared CSV writer: a header row, money as number cells in major units with a dot ("1234.50",
// whatever the interface language; csvMoney), text that looks like a formula neutralised.

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** The table as the file's text (the comma dialect, as reports' files always were). */
export const toCsv = (table: CsvTable): string => csvText([table.header, ...table.rows], 'comma');

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
