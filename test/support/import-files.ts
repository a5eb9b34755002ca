import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ChannelInput } from '../../shared/contract';
import type { TestCore } from './core';

// Files as shops really send them, made by the tests: a Windows-1251 CSV with semicolons and
// Russian headers (Excel on a Russian Windows), an XLSX with a title merged over the header, a big
// CSV with broken rows.

const quoted = (cell: string, delimiter: string) =>
  cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

export const csv = (rows: (string | number)[][], delimiter = ';') =>
  rows.map((r) => r.map((c) => quoted(String(c), delimiter)).join(delimiter)).join('\r\n') + '\r\n';

export const win1251 = (text: string) => iconv.encode(text, 'win1251');

export async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Заказы'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function upload(t: TestCore, fileName: string, bytes: Uint8Array) {
  return t.ok('import.upload', { fileName, dataBase64: Buffer.from(bytes).toString('base64') });
}

export type RunInput = ChannelInput<'import.dryRun'>;

/** The database's bytes (file and WAL): equal before and after means nothing was written. */
export function fingerprint(t: TestCore): string {
  const path = t.core.status.databasePath;
  const hash = createHash('sha256');
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export const count = (t: TestCore, table: string, where = '1 = 1') =>
  (t.core.ctx!.db.prepare(`select count(*) as n from ${table} where ${where}`).get() as { n: number }).n;

/** A valid Russian mobile number for row n, written the way people type them. */
export function phoneFor(n: number): string {
  const digits = String(1_000_000 + n).slice(-7);
  return n % 2 === 0
    ? `8 916 ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
    : `+7916${digits}`;
}

export const ORDERS_HEADER = [
  'Order number',
  'Date',
  'Customer',
  'Phone',
  'Address',
  'Item',
  'Qty',
  'Price',
  'Delivery',
  'Payment',
  'Status',
];

/** One order row of the English test layout. */
export function orderRow(n: number, change: Partial<Record<(typeof ORDERS_HEADER)[number], string>> = {}) {
  const customer = n % 300;
  const row: Record<string, string> = {
    'Order number': `SD-${String(n).padStart(4, '0')}`,
    Date: `2026-10-${String((n % 28) + 1).padStart(2, '0')}`,
    Customer: `Customer ${customer}`,
    Phone: phoneFor(customer),
    Address: `Lenina ${customer}, flat ${n % 40}`,
    Item: `Blanket ${n % 7}`,
    Qty: String((n % 3) + 1),
    Price: `${1000 + (n % 50) * 10}.50`,
    Delivery: '300',
    Payment: n % 2 === 0 ? 'Cash on delivery' : 'card_online',
    Status: n % 5 === 0 ? 'delivered' : 'new',
    ...change,
  };
  return ORDERS_HEADER.map((h) => row[h]!);
}

export const ENGLISH_MAPPING: RunInput['mapping'] = {
  number: 0,
  orderedOn: 1,
  customerName: 2,
  customerPhone: 3,
  address: 4,
  itemTitle: 5,
  quantity: 6,
  unitPrice: 7,
  deliveryFee: 8,
  paymentMethod: 9,
  status: 10,
};

/** An orders file of the English test layout with these rows, uploaded: the input that imports it. */
export async function uploadOrders(t: TestCore, fileName: string, rows: string[][]): Promise<RunInput> {
  const file = await upload(t, fileName, Buffer.from(csv([ORDERS_HEADER, ...rows], ',')));
  return {
    uploadId: file.uploadId,
    target: 'orders',
    mapping: ENGLISH_MAPPING,
    defaults: { deliveryMethod: 'own_courier' },
  };
}
