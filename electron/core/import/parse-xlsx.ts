import ExcelJS from 'exceljs';
import { NOT_READABLE } from '../../../shared/contract/import-refusals';
import { checkSheetSize, checkWorkbookZip, FileRefused } from './xlsx-limits';

// An XLSX sheet as rows of cell text, plus which cells are covered by a merge (a title merged
// across the columns, a group header over two columns): the header finder needs to know.

export interface XlsxRead {
  sheets: string[];
  sheet: string;
  /** Row i is sheet row i + 1. */
  rows: string[][];
  /** Per row, the columns whose cell continues a merge that starts to the left or above. */
  mergedInto: Map<number, Set<number>>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Numbers as the shortest text that round-trips six decimals (1234.5600000001 → "1234.56"). */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** Date cells come as UTC instants of the day Excel shows; times are kept when there is one. */
function dateText(value: Date): string {
  const day = value.toISOString().slice(0, 10);
  const [h, m] = [value.getUTCHours(), value.getUTCMinutes()];
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  if ('error' in value) return '';
  return '';
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxRead> {
  checkWorkbookZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    // exceljs's own words ("Cannot read properties of undefined") tell the owner nothing.
    throw new FileRefused(NOT_READABLE);
  }
  const sheets = workbook.worksheets.map((s) => s.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    throw new FileRefused(
      sheetName === undefined ? 'The workbook has no sheets.' : `There is no sheet "${sheetName}".`,
    );
  }
  const rows: string[][] = [];
  const mergedInto = new Map<number, Set<number>>();
  const width = sheet.columnCount;
  checkSheetSize(sheet.rowCount, width);
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value));
      if (cell.type === ExcelJS.ValueType.Merge) {
        let set = mergedInto.get(number - 1);
        if (!set) mergedInto.set(number - 1, (set = new Set()));
        set.add(column - 1);
      }
    }
    rows[number - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return { sheets, sheet: sheet.name, rows, mergedInto };
}
