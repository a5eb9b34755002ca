import { unzipSync, type UnzipFileInfo } from 'fflate';
import {
  NOT_READABLE,
  TOO_LARGE_UNPACKED,
  TOO_MANY_PARTS,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  UNSAFE_NAME,
  ZIP_BOMB,
} from '../../../shared/contract/import-refusals';

// What an XLSX may be before the reader spends memory on it (issue 18 item 7: a 40 KB workbook
// whose used range reached column XFD drove the worker to 4.4 GB). An XLSX is a zip: its central
// directory says, without inflating anything, how many parts there are, their names and how large
// each unpacks, so a zip bomb or a hostile name is refused before exceljs opens it. The declared
// sizes can lie; the worker's memory limit (backup/run-worker.ts) is the backstop for that.

export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_PARTS = 5_000;
/** Deflate packs at most ~1,030:1; real workbooks, even of empty styled cells, stay far below. */
const MAX_RATIO = 250;
/** Small parts may pack very well (an empty sheet); the ratio only matters for large ones. */
const RATIO_FROM_BYTES = 5 * 1024 * 1024;

export const MAX_COLUMNS = 1_000;
export const MAX_ROWS = 500_000;
/** Rows × columns the reader turns into text; 100,000 orders of 30 columns are 3 million. */
const MAX_CELLS = 20_000_000;

/** A file the reader refuses (XLSX or CSV); the message says what to do (shared/contract/import-refusals.ts). */
export class FileRefused extends Error {}

/** `..` segments, absolute paths (`/x`, `C:x`) and backslashes: no part of a workbook has them. */
function unsafeName(name: string): boolean {
  return (
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((segment) => segment === '..')
  );
}

/** Reads the central directory only (the filter refuses every part, so nothing is inflated). */
export function checkWorkbookZip(bytes: Uint8Array): void {
  let parts = 0;
  let unpacked = 0;
  const check = (part: UnzipFileInfo): false => {
    if (unsafeName(part.name)) throw new FileRefused(UNSAFE_NAME);
    if (++parts > MAX_PARTS) throw new FileRefused(TOO_MANY_PARTS);
    unpacked += part.originalSize;
    if (unpacked > MAX_UNPACKED_BYTES) throw new FileRefused(TOO_LARGE_UNPACKED);
    if (part.originalSize > RATIO_FROM_BYTES && part.originalSize > part.size * MAX_RATIO)
      throw new FileRefused(ZIP_BOMB);
    return false;
  };
  try {
    unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(NOT_READABLE);
  }
}

/** The sheet's extent as exceljs reports it, before a text is made of every cell. */
export function checkSheetSize(rows: number, columns: number): void {
  if (columns > MAX_COLUMNS) throw new FileRefused(tooManyColumns(columns, MAX_COLUMNS));
  if (rows > MAX_ROWS) throw new FileRefused(tooManyRows(rows, MAX_ROWS));
  if (rows * columns > MAX_CELLS) throw new FileRefused(tooManyCells(rows, columns));
}
