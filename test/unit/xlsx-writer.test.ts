import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { writeXlsx } from '../../electron/core/export/xlsx-writer';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('writes a workbook ExcelJS reads back: text with markup and control characters, money, dates, 28 columns', async () => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  const path = join(dir, 'out.xlsx');
  const headers = Array.from({ length: 28 }, (_, i) => `H${i}`);
  await writeXlsx(
    path,
    [
      {
        name: 'Orders & "more"',
        headers,
        styles: headers.map((_, i) => (i === 1 ? 'money' : i === 2 ? 'date' : 'text')),
        rows: [
          [
            '<b>Tom & Jerry</b>\u0007',
            1234.5,
            new Date('2026-11-23T00:00:00Z'),
            null,
            ...Array(23).fill('x'),
            'last',
          ],
          ['Мария Кузнецова', 0.01, null],
        ],
      },
      { name: 'Empty', headers: ['A'], styles: ['text'], rows: [] },
    ],
    { moneyFormat: '#,##0.00 [$RUB]', moneyDigits: 2 },
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Orders & "more"', 'Empty']);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(28).value).toBe('H27');
  expect(sheet.getRow(1).font?.bold ?? sheet.getCell('A1').font?.bold).toBe(true);
  const row = sheet.getRow(2);
  expect(row.getCell(1).value).toBe('<b>Tom & Jerry</b>');
  expect(row.getCell(2).value).toBe(1234.5);
  expect(row.getCell(2).numFmt).toBe('#,##0.00 [$RUB]');
  expect(row.getCell(3).value).toEqual(new Date('2026-11-23T00:00:00Z'));
  expect(row.getCell(4).value).toBeNull();
  expect(row.getCell(28).value).toBe('last');
  expect(sheet.getRow(3).getCell(1).value).toBe('Мария Кузнецова');
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(workbook.worksheets[1]!.rowCount).toBe(1);
});

it('records each entry’s true CRC-32 and size in the zip (checked against the inflated bytes)', async () => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  const path = join(dir, 'big.xlsx');
  // Enough rows for the sheet to go through several compressed pieces (1 MB each).
  const rows = Array.from({ length: 40_000 }, (_, i) => [`Row ${i} — Кузнецова`, i * 1.5, ` padded ${i} `]);
  await writeXlsx(
    path,
    [{ name: 'Rows', headers: ['A', 'B', 'C'], styles: ['text', 'money', 'text'], rows }],
    {
      moneyFormat: '#,##0.00',
      moneyDigits: 2,
    },
  );
  const zip = readFileSync(path);
  const files = unzipSync(zip);
  // The central directory: one 46-byte header (signature 0x02014b50) per entry, then its name.
  const recorded = new Map<string, { crc: number; size: number }>();
  let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at >= 0 && zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    recorded.set(name, { crc: zip.readUInt32LE(at + 16), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  expect([...recorded.keys()].sort()).toEqual(Object.keys(files).sort());
  for (const [name, data] of Object.entries(files)) {
    expect(recorded.get(name), name).toEqual({ crc: crc32(data), size: data.length });
  }
  expect(files['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(3 << 20);
});
