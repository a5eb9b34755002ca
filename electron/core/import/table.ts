import { createHash } from 'node:crypto';
import type { ImportOptions } from '../../../shared/contract/import';
import { headerKey, isKnownHeader } from './aliases';
import { readCsv, type Delimiter, type Encoding } from './parse-csv';
import { readXlsx } from './parse-xlsx';
import { cleanText } from './values';

// A file as the import sees it: the reading used, the column names and the data rows with their
// line numbers in the file. Title rows above the header (a merged "Orders for November") and a
// one- or two-row header are found here unless the owner said how many there are.

export type Format = 'csv' | 'xlsx';

export interface Reading {
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheet: string | null;
  titleRows: number;
  headerRows: number;
  hasHeader: boolean;
  dateOrder: 'dmy' | 'mdy';
}

export interface DataRow {
  /** 1-based line in the file, header lines counted, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface Table {
  format: Format;
  reading: Reading;
  sheets: string[];
  headers: string[];
  columnCount: number;
  rows: DataRow[];
  firstDataLine: number;
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every((c) => c.trim() === '');
const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '');

/** Numbers, amounts, dates, phones, e-mails: what a header cell never is. */
export function looksLikeData(cell: string): boolean {
  const text = cell.trim();
  return /^[-+(−]?\d[\d\s.,:/()\-+]*\s*(₽|руб\.?|р\.?|\$|€|шт\.?)?$/i.test(text) || /\S@\S/.test(text);
}

const headerLike = (row: readonly string[], columns: number) =>
  filled(row).length >= Math.min(2, columns) && !filled(row).some(looksLikeData);

/** Leading blank rows and rows with a single value (a title, merged or not) over a wider table. */
function countTitleRows(rows: string[][], columns: number): number {
  let n = 0;
  while (n < Math.min(rows.length - 1, 10)) {
    const values = new Set(filled(rows[n]!).map(cleanText));
    if (!(isBlank(rows[n]) || (columns >= 3 && values.size === 1))) break;
    n++;
  }
  return n;
}

/** Some column holds data below a text cell of this row: the row names the columns. */
function namesDataBelow(row: readonly string[], below: string[][]): boolean {
  return row.some(
    (cell, c) => cell.trim() !== '' && !looksLikeData(cell) && below.some((r) => looksLikeData(r[c] ?? '')),
  );
}

function countHeaderRows(
  rows: string[][],
  start: number,
  columns: number,
  merged: Map<number, Set<number>>,
): number {
  const first = rows[start];
  if (!first || !headerLike(first, columns)) return 0;
  const below = rows.slice(start + 1, start + 30).filter((r) => !isBlank(r));
  const isHeader = first.some(isKnownHeader) || namesDataBelow(first, below);
  if (!isHeader) return 0;
  const second = rows[start + 1];
  // A second header row: the first groups columns (a merge across, or a name over blank cells)
  // and the second names them.
  const groups =
    [...(merged.get(start) ?? [])].some((c) => c > 0 && rows[start]![c] === rows[start]![c - 1]) ||
    first.some((cell, c) => c > 0 && cell.trim() === '' && (second?.[c] ?? '').trim() !== '');
  if (second && groups && headerLike(second, columns) && !isBlank(rows[start + 2])) return 2;
  return 1;
}

/** Column names from the header rows: a group name carried over blank cells, parts joined. */
function columnNames(headerRows: string[][], columns: number): string[] {
  const names: string[] = [];
  for (let c = 0; c < columns; c++) {
    const parts: string[] = [];
    headerRows.forEach((row, level) => {
      let text = cleanText(row[c] ?? '');
      const last = level === headerRows.length - 1;
      if (!text && !last && cleanText(headerRows[headerRows.length - 1]![c] ?? '')) {
        for (let left = c - 1; left >= 0 && !text; left--) text = cleanText(row[left] ?? '');
      }
      if (text && !parts.includes(text)) parts.push(text);
    });
    names.push(parts.join(' '));
  }
  return names;
}

/** 03/04/2026 is the 3rd of April everywhere but in the US. */
export const defaultDateOrder = (country: string): 'dmy' | 'mdy' => (country === 'US' ? 'mdy' : 'dmy');

export function layoutKeyOf(format: Format, headers: string[], columns: number): string {
  const shape = headers.some((h) => h !== '')
    ? `${format}|${columns}|${headers.map(headerKey).join('\u0001')}`
    : `${format}|${columns}|no header`;
  return createHash('sha256').update(shape).digest('hex').slice(0, 24);
}

export async function readTable(
  bytes: Uint8Array,
  format: Format,
  options: ImportOptions,
  defaultDateOrder: 'dmy' | 'mdy',
): Promise<Table> {
  let rows: string[][];
  let merged = new Map<number, Set<number>>();
  let reading: Pick<Reading, 'encoding' | 'delimiter' | 'sheet'>;
  let sheets: string[] = [];
  if (format === 'csv') {
    const csv = readCsv(bytes, options);
    rows = csv.rows;
    reading = { encoding: csv.encoding, delimiter: csv.delimiter, sheet: null };
  } else {
    const xlsx = await readXlsx(bytes, options.sheet);
    rows = xlsx.rows;
    merged = xlsx.mergedInto;
    sheets = xlsx.sheets;
    reading = { encoding: null, delimiter: null, sheet: xlsx.sheet };
  }
  const columns = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const titleRows = Math.min(options.titleRows ?? countTitleRows(rows, columns), rows.length);
  const headerRows = Math.min(
    options.headerRows ?? countHeaderRows(rows, titleRows, columns, merged),
    rows.length - titleRows,
  );
  const headers =
    headerRows > 0
      ? columnNames(rows.slice(titleRows, titleRows + headerRows), columns)
      : Array.from({ length: columns }, () => '');
  const data: DataRow[] = [];
  for (let i = titleRows + headerRows; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    data.push({ line: i + 1, cells: row });
  }
  return {
    format,
    reading: {
      ...reading,
      titleRows,
      headerRows,
      hasHeader: headerRows > 0,
      dateOrder: options.dateOrder ?? defaultDateOrder,
    },
    sheets,
    headers,
    columnCount: columns,
    rows: data,
    firstDataLine: titleRows + headerRows + 1,
  };
}

/** Up to five different non-empty values per column, from the first data rows. */
export function samplesOf(table: Table): string[][] {
  const samples = Array.from({ length: table.columnCount }, () => new Set<string>());
  for (const row of table.rows.slice(0, 200)) {
    row.cells.forEach((cell, c) => {
      const text = cleanText(cell);
      if (text && samples[c]!.size < 5) samples[c]!.add(text.slice(0, 200));
    });
  }
  return samples.map((s) => [...s]);
}
