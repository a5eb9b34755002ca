import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 16, point 8 (the files' formats) and issue 18, point 6 (formulas in CSV): the accountant's
// package as the accountant's own Excel opens it, read back from the file the export wrote.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const HYPERLINK = '=HYPERLINK("http://x","y")';
const CALC = "-2+3+cmd|' /C calc'!A0";
const LONG_NAME = 'Мария Александровна Кузнецова-Водкина';

/** Today is 2026-11-23 (the test clock): three orders in November, one keyed in for October. */
async function shop() {
  t = makeCore();
  await setupOwner(t);
  const order = async (name: string, number: string, unitPrice: number, orderedOn?: string) => {
    const customer = await t.ok('customers.create', { name, phones: [] });
    return t.ok('orders.create', {
      number,
      customerId: customer.id,
      ...(orderedOn ? { orderedOn } : {}),
      items: [{ title: 'Pram', quantity: 1, unitPrice }],
      deliveryFee: 0,
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
      address: 'ул. Мира, 7',
    });
  };
  const hostile = await order(HYPERLINK, 'SD-1', 123_401);
  await order(CALC, 'SD-2', 1_000_001);
  await order(LONG_NAME, 'SD-3', 5);
  await order('Irina', 'SD-0', 77_700, '2026-10-15');
  await t.ok('incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    orderId: hostile.order.id,
    costs: [
      { kind: 'refund', amount: 10_001 },
      { kind: 'compensation', amount: 20_002 },
    ],
  });
  const courier = await t.ok('couriers.create', { name: 'Sergey', kind: 'own_driver', costPerDelivery: 0 });
  await t.ok('cash.record', { courierId: courier.id, date: '2026-11-20', handedOver: 50_000 });
}

const november = { from: '2026-11-01', to: '2026-11-30' } as const;

/** The zip's files as text (the decoder drops the byte order mark; `bom` says it was there). */
async function csvFiles(input: { csvDialect?: 'comma' | 'semicolon' }) {
  const { path } = await t.ok('export.accountant', { ...november, format: 'csv', ...input });
  const files = Object.entries(unzipSync(readFileSync(path)));
  const bom = files.every(([, v]) => v[0] === 0xef && v[1] === 0xbb && v[2] === 0xbf);
  return { bom, ...Object.fromEntries(files.map(([k, v]) => [k, strFromU8(v)])) } as Record<
    string,
    string
  > & {
    bom: boolean;
  };
}

async function workbook(period: { from: string; to: string } = november) {
  const { path } = await t.ok('export.accountant', period);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('the CSV package in the shop’s locale', () => {
  it('a Russian shop gets `;` between cells and decimal commas; "comma" gives `,` and dots', async () => {
    await shop();
    await t.ok('settings.update', { language: 'ru' });
    const ru = await csvFiles({});
    const orders = ru['2-Заказы.csv']!;
    expect(ru.bom).toBe(true);
    expect(orders.split('\r\n')[0]).toBe(
      'Номер;Дата заказа;Клиент;Товары;Доставка;Итого;Способ оплаты;Статус оплаты;Получено;Дата оплаты;Статус;Дата доставки',
    );
    // An address-like comma inside text needs no quotes in a `;` file; money has a decimal comma.
    expect(orders).toContain(';10000,01;0,00;10000,01;Наличные курьеру;');
    const comma = await csvFiles({ csvDialect: 'comma' });
    expect(comma['2-Заказы.csv']).toContain(',10000.01,0.00,10000.01,Наличные курьеру,');
  });

  it('an English shop gets the comma dialect unless it asks for `;`', async () => {
    await shop();
    expect((await csvFiles({}))['4-Courier cash.csv']).toContain('2026-11-20,Sergey,0.00,500.00,500.00,');
    expect((await csvFiles({ csvDialect: 'semicolon' }))['4-Courier cash.csv']).toContain(
      '2026-11-20;Sergey;0,00;500,00;500,00;',
    );
  });

  it('text that a spreadsheet would run as a formula is written with an apostrophe in front (issue 18.6)', async () => {
    await shop();
    for (const dialect of ['comma', 'semicolon'] as const) {
      const files = await csvFiles({ csvDialect: dialect });
      const text = Object.entries(files)
        .filter(([name]) => name.endsWith('.csv'))
        .map(([, file]) => file)
        .join('\r\n');
      const cells = text.split(/\r\n/).flatMap((line) => line.split(dialect === 'comma' ? ',' : ';'));
      // Not one cell of any file starts with a formula character, quoted or not.
      expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(text).toContain(`"'=HYPERLINK(""http://x""`);
      expect(text).toContain(`'${CALC}`);
    }
  });
});

describe('the XLSX workbook', () => {
  it('fits column widths to the content, filters each header row, freezes it and totals money to the kopeck', async () => {
    await shop();
    const book = await workbook();
    // The filter spans the header and the data rows, not the totals under them.
    const filters = {
      Summary: 'A1:H2',
      Orders: 'A1:L4',
      'Refunds and losses': 'A1:L3',
      'Courier cash': 'A1:F2',
    };
    expect(Object.fromEntries(book.worksheets.map((s) => [s.name, s.autoFilter]))).toEqual(filters);
    for (const sheet of book.worksheets)
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    const orders = book.getWorksheet('Orders')!;
    const widths = orders.columns.map((c) => c.width!);
    // Not all one width: the long name's column is wide enough for it, a date's for a date.
    expect(new Set(widths).size).toBeGreaterThan(3);
    expect(widths[2]).toBeGreaterThanOrEqual(LONG_NAME.length);
    expect(widths[2]).toBeLessThanOrEqual(LONG_NAME.length + 3);
    expect(widths[1]).toBeGreaterThanOrEqual(10);
    // "10,000.01 RUB" is 13 characters.
    expect(widths[5]).toBeGreaterThanOrEqual(13);

    // The totals row: a blank row under the data, then SUBTOTAL formulas whose values are the
    // rows' sum in kopecks (123,401 + 1,000,001 + 5 = 1,123,407).
    expect(orders.getRow(5).cellCount).toBe(0);
    const total = orders.getRow(6);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(6).value).toEqual({ formula: 'SUBTOTAL(9,F2:F4)', result: 11234.07 });
    expect(total.getCell(6).numFmt).toMatch(/RUB/);
    expect(total.getCell(4).value).toEqual({ formula: 'SUBTOTAL(9,D2:D4)', result: 11234.07 });
    // (ExcelJS reads a result of 0 as none.)
    expect(total.getCell(5).value).toMatchObject({ formula: 'SUBTOTAL(9,E2:E4)' });
    // Not a money column: no total.
    expect(total.getCell(7).value).toBeNull();

    const losses = book.getWorksheet('Refunds and losses')!;
    expect(losses.getRow(5).getCell(9).value).toEqual({ formula: 'SUBTOTAL(9,I2:I3)', result: 300.03 });
    const summary = book.getWorksheet('Summary')!;
    expect(summary.getRow(4).getCell(3).value).toEqual({ formula: 'SUBTOTAL(9,C2:C2)', result: 11234.07 });
    expect(summary.getRow(4).getCell(5).value).toEqual({ formula: 'SUBTOTAL(9,E2:E2)', result: 300.03 });
  });

  it('names the totals row in the shop’s language', async () => {
    await shop();
    await t.ok('settings.update', { language: 'ru' });
    const book = await workbook();
    expect(book.getWorksheet('Заказы')!.getRow(6).getCell(1).value).toBe('Итого');
  });
});

describe('an order keyed in after the fact', () => {
  it('falls in the month it was ordered in, not the month it was typed', async () => {
    await shop();
    const book = await workbook({ from: '2026-10-01', to: '2026-10-31' });
    const orders = book.getWorksheet('Orders')!;
    expect(orders.getRow(2).getCell(1).value).toBe('SD-0');
    expect(orders.getRow(2).getCell(2).value).toEqual(new Date('2026-10-15T00:00:00Z'));
    expect(orders.getRow(3).cellCount).toBe(0);
    const summary = book.getWorksheet('Summary')!.getRow(2).values as unknown[];
    expect(summary.slice(1, 4)).toEqual(['2026-10', 1, 777]);
    // November's package does not carry it.
    const november = (await workbook()).getWorksheet('Orders')!;
    expect([2, 3, 4].map((r) => november.getRow(r).getCell(1).value)).toEqual(['SD-1', 'SD-2', 'SD-3']);
  });

  it('cannot be dated in the future (the shop’s today is the latest), on create and on edit', async () => {
    await shop();
    const customer = await t.ok('customers.create', { name: 'Olga', phones: [] });
    const fields = {
      customerId: customer.id,
      items: [{ title: 'Pram', quantity: 1, unitPrice: 100 }],
      paymentMethod: 'cash_on_delivery' as const,
      deliveryMethod: 'own_courier' as const,
    };
    expect(await t.call('orders.create', { ...fields, orderedOn: '2026-11-24' })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'orderedOn' }] },
    });
    const { order } = await t.ok('orders.create', { ...fields, orderedOn: '2026-11-23' });
    expect(
      await t.call('orders.update', {
        ...fields,
        id: order.id,
        expectedUpdatedAt: order.updatedAt,
        orderedOn: '2027-01-01',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'orderedOn' }] } });
    const moved = await t.ok('orders.update', {
      ...fields,
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
      orderedOn: '2026-09-30',
    });
    expect(moved.order.orderedOn).toBe('2026-09-30');
  });
});
