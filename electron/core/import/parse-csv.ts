import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { IMPORT_DELIMITERS } from '../../../shared/contract/import';
import { tooManyColumns } from '../../../shared/contract/import-refusals';
import { FileRefused, MAX_COLUMNS } from './xlsx-limits';

// A CSV file as rows of cell text: its encoding and delimiter found when the owner did not say.
// Excel on a Russian Windows saves "CSV" as Windows-1251 with semicolons; web shops export UTF-8
// with commas; "Unicode text" from Excel is UTF-16 with tabs.

export type Encoding = 'utf-8' | 'windows-1251' | 'utf-16le';
export type Delimiter = (typeof IMPORT_DELIMITERS)[number];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-16 by its byte order mark; UTF-8 when the bytes are valid UTF-8; Windows-1251 otherwise. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

export function decode(bytes: Uint8Array, encoding: Encoding): string {
  const text =
    encoding === 'windows-1251'
      ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1251')
      : new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseRows(text: string, delimiter: Delimiter, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    to_line: toLine,
  }) as string[][];
}

/** The first lines only, cut at a line end, for guessing the delimiter. */
function head(text: string, lines: number): string {
  let at = 0;
  for (let n = 0; n < lines; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text;
    at = next + 1;
  }
  return text.slice(0, at);
}

/**
 * The delimiter that splits the first lines into the same number (above one) of cells most
 * often; more cells wins a tie. A file of one column reads as such with the comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = head(text, 60);
  let best: { delimiter: Delimiter; score: number; cells: number } = { delimiter: ',', score: 0, cells: 1 };
  for (const delimiter of IMPORT_DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseRows(sample, delimiter).filter((r) => r.some((c) => c.trim() !== ''));
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const [cells, times] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    if (cells < 2) continue;
    const score = times / rows.length;
    if (score > best.score || (score === best.score && cells > best.cells))
      best = { delimiter, score, cells };
  }
  return best.delimiter;
}

/**
 * Without a single quote character there is nothing for a CSV parser to decide: records end at
 * line breaks (the first kind found, as csv-parse detects it) and cells at the delimiter. Such
 * files — most exports — are split directly, ten times faster than csv-parse reads them
 * (test/unit/import-values.test.ts checks both read the same).
 */
export function splitUnquoted(text: string, delimiter: Delimiter): string[][] | null {
  if (text.includes('"')) return null;
  const newline = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const lines = text.split(newline);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split(delimiter));
}

export interface CsvRead {
  encoding: Encoding;
  delimiter: Delimiter;
  /** Every record; record i is line i + 1 as a spreadsheet shows the file. */
  rows: string[][];
}

export function readCsv(bytes: Uint8Array, options: { encoding?: Encoding; delimiter?: Delimiter }): CsvRead {
  const encoding = options.encoding ?? detectEncoding(bytes);
  const text = decode(bytes, encoding);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows = splitUnquoted(text, delimiter) ?? parseRows(text, delimiter);
  // A final line break leaves one empty record behind: not a row of the file.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  // The same bound as a sheet's: a row of 1.2 million cells is not an export of orders.
  const widest = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (widest > MAX_COLUMNS) throw new FileRefused(tooManyColumns(widest, MAX_COLUMNS));
  return { encoding, delimiter, rows };
}
