import { zipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { fingerprint, xlsx } from '../support/import-files';

// Issue 18 items 7 and 9: hostile spreadsheets are refused from the zip's central directory
// before anything is inflated, or from the sheet's extent before a text is made of every cell;
// each refusal says what to do, nothing reaches the database, and no library internals show.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  t = makeCore();
  await setupOwner(t);
  const before = fingerprint(t);
  const answer = await t.call('import.upload', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });
  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', issues: [{ path: 'dataBase64' }] },
  });
  expect(fingerprint(t)).toBe(before);
  return (answer as { error: { issues: { message: string }[] } }).error.issues[0]!.message;
}

/** A real workbook's parts plus extra ones: the refusal must come from the extra part. */
async function workbookWith(extra: Record<string, Uint8Array>): Promise<Uint8Array> {
  const { unzipSync } = await import('fflate');
  const parts = unzipSync(await xlsx((sheet) => sheet.addRow(['Номер', 'Сумма'])));
  return zipSync({ ...parts, ...extra });
}

describe('hostile XLSX files', () => {
  it('refuses a zip bomb (50 MB of zeros packed into a few KB) before inflating it', async () => {
    const bytes = await workbookWith({ 'xl/media/zeros.bin': new Uint8Array(50 * 1024 * 1024) });
    expect(bytes.byteLength).toBeLessThan(200_000);
    expect(await refusal('bomb.xlsx', bytes)).toMatch(
      /^The Excel file unpacks to far more than its own size/,
    );
  });

  it('refuses a workbook that unpacks to more than 200 MB', async () => {
    // Random-ish bytes pack badly, so the ratio stays sane and only the total is over.
    const chunk = new Uint8Array(12 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 17; i++) extra[`xl/media/part${i}.bin`] = chunk;
    const bytes = await workbookWith(extra);
    expect(await refusal('huge.xlsx', bytes)).toMatch(/^The Excel file unpacks to more than 200 MB/);
  });

  it('refuses a workbook of too many parts', async () => {
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5_001; i++) extra[`xl/media/p${i}.txt`] = new Uint8Array([1]);
    expect(await refusal('parts.xlsx', await workbookWith(extra))).toMatch(/more than 5000 parts/);
  });

  it.each(['../x', '/etc/x', 'xl\\worksheets\\sheet9.xml', 'C:/x', 'xl/../../x'])(
    'refuses a part named %s',
    async (name) => {
      const bytes = await workbookWith({ [name]: new Uint8Array([1, 2, 3]) });
      expect(await refusal('names.xlsx', bytes)).toMatch(/unsafe name/);
    },
  );

  it('refuses a sheet of 2,000 columns, saying how many are allowed', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Номер', 'Сумма']);
      sheet.getCell(2, 2_000).value = 'x';
    });
    expect(await refusal('wide.xlsx', bytes)).toBe(
      'The sheet has 2000 columns; at most 1000 can be imported. Delete the unused columns to the right of the data and save again.',
    );
  });

  it('refuses a sheet whose used range reaches the last row Excel has', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Номер', 'Сумма']);
      sheet.getCell(1_048_576, 1).value = 'x';
    });
    expect(await refusal('tall.xlsx', bytes)).toMatch(/^The sheet has 1048576 rows; at most 500000/);
  });

  it('answers "not a readable Excel file" for a zip exceljs cannot read, without its internals', async () => {
    // A workbook part that is not one: exceljs fails with "Cannot read properties of undefined".
    const broken = await workbookWith({ 'xl/workbook.xml': new TextEncoder().encode('<x/>') });
    for (const bytes of [broken, Buffer.from('PK\x03\x04 not really a workbook')]) {
      const message = await refusal('broken.xlsx', bytes);
      expect(message).toBe(
        'This is not a readable Excel file: open it in Excel, save it as .xlsx again (or as CSV) and upload that.',
      );
      t.close();
    }
  });
});

describe('hostile CSV files', () => {
  it('refuses a CSV row of 1.2 million columns, saying how many are allowed', async () => {
    const row = Array.from({ length: 1_200_000 }, () => '1').join(',');
    const bytes = Buffer.from(`Номер,Сумма\r\n${row}\r\n`);
    expect(await refusal('wide.csv', bytes)).toBe(
      'The sheet has 1200000 columns; at most 1000 can be imported. Delete the unused columns to the right of the data and save again.',
    );
  });
});
