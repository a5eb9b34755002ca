import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';
import {
  count,
  csv,
  ENGLISH_MAPPING,
  fingerprint,
  orderRow,
  ORDERS_HEADER,
  upload,
  uploadOrders,
  win1251,
  xlsx,
  type RunInput,
} from '../support/import-files';

// Issue 8: imports of orders from the files shops really have, through the channels (roles and
// zod parsing included), into a real SQLite file, with the file worker doing the work.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

async function shop() {
  t = makeCore();
  await setupOwner(t);
}

const RUSSIAN = [
  ['Номер заказа', 'Дата', 'Клиент', 'Телефон', 'Адрес', 'Товар', 'Кол-во', 'Цена', 'Доставка', 'Оплата'],
  [
    'SD-1001',
    '03.11.2026',
    'Иванова Мария',
    '8 916 123-45-67',
    'г. Москва, ул. Ленина, д. 5, кв. 12',
    'Одеяло детское',
    '2',
    '1 234,50',
    '300',
    'Наложенный платёж',
  ],
  [
    'SD-1002',
    '04.11.2026',
    'Петров Пётр',
    '+7 (903) 555-12-34',
    'Тверская 7',
    'Подушка',
    '1',
    '990',
    '0',
    'Карта онлайн',
  ],
  [
    'SD-1002',
    '04.11.2026',
    'Петров Пётр',
    '+7 (903) 555-12-34',
    'Тверская 7',
    'Наволочка',
    '3',
    '250,00',
    '0',
    'Карта онлайн',
  ],
];

describe('import of orders', () => {
  it('reads a Windows-1251 CSV with semicolons and Russian headers, maps a value, writes minor units', async () => {
    await shop();
    const file = await upload(t, 'заказы.csv', win1251(csv(RUSSIAN)));
    expect(file).toMatchObject({
      format: 'csv',
      detected: { encoding: 'windows-1251', delimiter: ';', hasHeader: true, headerRows: 1, titleRows: 0 },
      rowCount: 3,
      firstDataLine: 2,
      savedMapping: null,
    });
    expect(file.columns.map((c) => c.header)).toEqual(RUSSIAN[0]);
    expect(file.columns[9]!.samples).toEqual(['Наложенный платёж', 'Карта онлайн']);
    expect(file.suggestions.orders).toEqual({
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
    });

    const input: RunInput = {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: file.suggestions.orders,
      defaults: { deliveryMethod: 'own_courier' },
    };
    const first = await t.ok('import.dryRun', input);
    expect(first).toMatchObject({ rows: 3, total: 2, create: 1, skipped: 1, update: 0, unchanged: 0 });
    expect(first.unknownValues.paymentMethod).toEqual([{ value: 'Наложенный платёж', count: 1 }]);
    expect(first.problems).toEqual([
      expect.objectContaining({ line: 2, column: 9, field: 'paymentMethod', code: 'unknown_value' }),
    ]);

    // The owner maps the shop's word for it; case and ё do not matter.
    const mapped = {
      ...input,
      valueMaps: { paymentMethod: { 'наложенный платеж': 'cash_on_delivery' as const } },
    };
    const dry = await t.ok('import.dryRun', mapped);
    expect(dry).toMatchObject({ total: 2, create: 2, skipped: 0, problems: [], unknownValues: {} });
    expect(count(t, 'orders')).toBe(0);

    const done = await t.ok('import.commit', mapped);
    expect(done).toMatchObject({ create: 2, update: 0, skipped: 0, importId: expect.any(Number) });
    const db = t.core.ctx!.db;
    const orders = db
      .prepare(
        `select number, ordered_on, items_total, delivery_fee, total, payment_method, delivery_method, status, address
         from orders order by number`,
      )
      .all();
    expect(orders).toEqual([
      {
        number: 'SD-1001',
        ordered_on: '2026-11-03',
        items_total: 246_900,
        delivery_fee: 30_000,
        total: 276_900,
        payment_method: 'cash_on_delivery',
        delivery_method: 'own_courier',
        status: 'new',
        address: 'г. Москва, ул. Ленина, д. 5, кв. 12',
      },
      {
        number: 'SD-1002',
        ordered_on: '2026-11-04',
        items_total: 174_000,
        delivery_fee: 0,
        total: 174_000,
        payment_method: 'card_online',
        delivery_method: 'own_courier',
        status: 'new',
        address: 'Тверская 7',
      },
    ]);
    expect(db.prepare('select title, quantity, unit_price from order_items order by id').all()).toEqual([
      { title: 'Одеяло детское', quantity: 2, unit_price: 123_450 },
      { title: 'Подушка', quantity: 1, unit_price: 99_000 },
      { title: 'Наволочка', quantity: 3, unit_price: 25_000 },
    ]);
    expect(db.prepare('select e164, raw from customer_phones order by id').all()).toEqual([
      { e164: '+79161234567', raw: '8 916 123-45-67' },
      { e164: '+79035551234', raw: '+7 (903) 555-12-34' },
    ]);
    // The customer is found by that number from now on (the call desk's look-up).
    const found = await t.ok('customers.search', { query: '+7 916 123 45 67' });
    expect(found.results.map((r) => r.name)).toEqual(['Иванова Мария']);

    // The import names what it created: the orders and customers between its first and last id.
    expect(
      db
        .prepare(
          'select first_order_id as f, last_order_id as l, first_customer_id as fc, last_customer_id as lc from imports',
        )
        .get(),
    ).toEqual({ f: 1, l: 2, fc: 1, lc: 2 });
    const history = await t.ok('import.history', {});
    expect(history.rows).toEqual([
      expect.objectContaining({
        id: done.importId,
        fileName: 'заказы.csv',
        target: 'orders',
        created: 2,
        by: 'Olga Owner',
      }),
    ]);
    const audit = db.prepare("select action, entity, entity_id from audit_log where action = 'import'").all();
    expect(audit).toEqual([{ action: 'import', entity: 'import', entity_id: done.importId }]);
  });

  it('finds the header under a title merged across the columns of an XLSX sheet', async () => {
    await shop();
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Выгрузка заказов за ноябрь 2026']);
      sheet.mergeCells('A1:F1');
      sheet.addRow(['Номер', 'Дата', 'Покупатель', 'Телефон', 'Сумма', 'Способ оплаты']);
      sheet.addRow(['X-1', new Date(Date.UTC(2026, 10, 3)), 'Анна', '+79161112233', 1500.5, 'Карта онлайн']);
      sheet.addRow(['X-2', 46_330, 'Борис', '89162223344', 2000, 'Наличные курьеру']);
      sheet.addRow(['X-3', new Date(Date.UTC(2026, 10, 5)), 'Вера', 'нет', 700, 'Карта онлайн']);
    });
    const file = await upload(t, 'orders.xlsx', bytes);
    expect(file).toMatchObject({
      format: 'xlsx',
      detected: { sheet: 'Заказы', titleRows: 1, headerRows: 1, encoding: null },
      sheets: ['Заказы'],
      rowCount: 3,
      firstDataLine: 3,
    });
    expect(file.columns.map((c) => c.header)).toEqual([
      'Номер',
      'Дата',
      'Покупатель',
      'Телефон',
      'Сумма',
      'Способ оплаты',
    ]);
    expect(file.suggestions.orders).toEqual({
      number: 0,
      orderedOn: 1,
      customerName: 2,
      customerPhone: 3,
      total: 4,
      paymentMethod: 5,
    });
    const input: RunInput = {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: file.suggestions.orders,
      defaults: { deliveryMethod: 'post' },
    };
    const dry = await t.ok('import.dryRun', input);
    // The third data row is sheet row 5: that is the line the owner looks for.
    expect(dry).toMatchObject({ total: 3, create: 2, skipped: 1 });
    expect(dry.problems).toEqual([
      expect.objectContaining({ line: 5, field: 'customerPhone', code: 'bad_phone' }),
    ]);
    await t.ok('import.commit', input);
    const db = t.core.ctx!.db;
    expect(
      db.prepare('select number, ordered_on, total, payment_method from orders order by number').all(),
    ).toEqual([
      { number: 'X-1', ordered_on: '2026-11-03', total: 150_050, payment_method: 'card_online' },
      { number: 'X-2', ordered_on: '2026-11-04', total: 200_000, payment_method: 'cash_on_delivery' },
    ]);
    // Only a total: one line named after the order, in the shop's language.
    expect(
      db.prepare('select title, quantity, unit_price from order_items order by id limit 1').get(),
    ).toEqual({
      title: 'Goods of order X-1',
      quantity: 1,
      unit_price: 150_050,
    });
  });

  it('reads a two-row header (a group name over its columns)', async () => {
    await shop();
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Заказ', '', 'Клиент', '', 'Сумма']);
      sheet.addRow(['Номер', 'Дата', 'Имя', 'Телефон', '']);
      sheet.mergeCells('A1:B1');
      sheet.mergeCells('C1:D1');
      sheet.mergeCells('E1:E2');
      sheet.addRow(['X-1', '2026-11-03', 'Анна', '+79161112233', 1500]);
    });
    const file = await upload(t, 'two-rows.xlsx', bytes);
    expect(file.detected).toMatchObject({ titleRows: 0, headerRows: 2 });
    expect(file.columns.map((c) => c.header)).toEqual([
      'Заказ Номер',
      'Заказ Дата',
      'Клиент Имя',
      'Клиент Телефон',
      'Сумма',
    ]);
    expect(file.firstDataLine).toBe(3);
  });

  it('reports each of 5 broken rows among 1,000 by its line, and imports the other 995 only', async () => {
    await shop();
    const rows = [ORDERS_HEADER];
    for (let n = 1; n <= 1000; n++) rows.push(orderRow(n));
    // Data row n is file line n + 1 (the header is line 1).
    rows[100] = orderRow(100, { Phone: '12-34' });
    rows[200] = orderRow(200, { Payment: 'Bitcoin' });
    rows[300] = orderRow(300, { Date: '31.02.2026' });
    rows[400] = orderRow(400, { Price: '-500' });
    rows[500] = orderRow(500, { 'Order number': '' });
    const file = await upload(t, 'big.csv', Buffer.from(csv(rows, ',')));
    expect(file.detected).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerRows: 1 });
    const input: RunInput = {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: ENGLISH_MAPPING,
      defaults: { deliveryMethod: 'own_courier' },
    };
    const dry = await t.ok('import.dryRun', input);
    expect(dry).toMatchObject({
      rows: 1000,
      total: 1000,
      create: 995,
      skipped: 5,
      update: 0,
      problemsTotal: 5,
    });
    expect(dry.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [101, 'customerPhone', 'bad_phone'],
      [201, 'paymentMethod', 'unknown_value'],
      [301, 'orderedOn', 'bad_date'],
      [401, 'unitPrice', 'negative_amount'],
      [501, 'number', 'missing'],
    ]);
    expect(dry.problems.map((p) => p.value)).toEqual(['12-34', 'Bitcoin', '31.02.2026', '-500', '']);

    const done = await t.ok('import.commit', input);
    expect(done).toMatchObject({ create: 995, skipped: 5, problemsTotal: 5 });
    expect(count(t, 'orders')).toBe(995);
    for (const n of [100, 200, 300, 400]) expect(count(t, 'orders', `number = 'SD-0${n}'`)).toBe(0);
    expect(count(t, 'orders', "number = 'SD-0500'")).toBe(0);
    // 300 people placed them; the rows of one person made one customer.
    expect(count(t, 'customers')).toBe(300);
    // Every fifth is delivered (200), less the five broken ones, all multiples of 100.
    expect(count(t, 'orders', "status = 'delivered' and amount_received = total")).toBe(195);

    // The same file again: everything is unchanged and not a byte of the database moves.
    const before = fingerprint(t);
    const again = await upload(t, 'big.csv', Buffer.from(csv(rows, ',')));
    expect(again.savedMapping).toMatchObject({ target: 'orders', mapping: ENGLISH_MAPPING });
    const second = { ...input, uploadId: again.uploadId };
    expect(await t.ok('import.dryRun', second)).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 995,
      skipped: 5,
    });
    expect(await t.ok('import.commit', second)).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 995,
      importId: null,
    });
    expect(fingerprint(t)).toBe(before);
  });

  it('writes nothing at all when the commit fails midway', async () => {
    await shop();
    const input = await uploadOrders(
      t,
      'fails.csv',
      Array.from({ length: 600 }, (_, i) => orderRow(i + 1)),
    );
    const db = t.core.ctx!.db;
    // A database rule the checks know nothing about refuses the 500th order mid-transaction.
    db.exec(
      "CREATE TRIGGER refuse_one BEFORE INSERT ON orders WHEN NEW.number = 'SD-0500' BEGIN SELECT RAISE(ABORT, 'refused by test'); END",
    );
    const counts = () =>
      [
        'orders',
        'order_items',
        'customers',
        'customer_phones',
        'imports',
        'audit_log',
        'order_status_changes',
      ].map((table) => count(t, table));
    const before = counts();
    const failed = await t.call('import.commit', input);
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(counts()).toEqual(before);
    db.exec('DROP TRIGGER refuse_one');
    expect(await t.ok('import.commit', input)).toMatchObject({ create: 600 });
    expect(count(t, 'orders')).toBe(600);
  });

  it('runs one long file task at a time: no restore or second import while a commit writes', async () => {
    await shop();
    const input = await uploadOrders(
      t,
      'long.csv',
      Array.from({ length: 300 }, (_, i) => orderRow(i + 1)),
    );
    const writing = t.call('import.commit', input);
    // Refused at once, before the restore looks at its location at all.
    expect(await t.call('backup.restore', { location: t.dir })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'An import is already running; wait for it to finish.' },
    });
    expect(await t.call('import.commit', input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await writing).toMatchObject({ ok: true, data: { create: 300 } });
    expect(count(t, 'orders')).toBe(300);
  });

  it('refuses open orders of a blocked phone (unless the owner overrides) and imports delivered ones, flagged', async () => {
    await shop();
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: '+7 916 000-00-07',
      action: 'block',
      reason: 'COD scam',
    });
    const rows = [
      ORDERS_HEADER,
      orderRow(1),
      orderRow(7, { Status: 'new', Phone: '89160000007' }),
      orderRow(8, { Status: 'delivered', Phone: '89160000007', Customer: 'Arkady' }),
    ];
    const file = await upload(t, 'blocked.csv', Buffer.from(csv(rows, ',')));
    const input: RunInput = {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: ENGLISH_MAPPING,
      defaults: { deliveryMethod: 'own_courier' },
    };
    const dry = await t.ok('import.dryRun', input);
    expect(dry).toMatchObject({ total: 3, create: 2, refused: 1, skipped: 0, riskHitsTotal: 2 });
    expect(dry.riskHits).toEqual([
      expect.objectContaining({
        line: 3,
        orderNumber: 'SD-0007',
        verdict: 'blocked',
        outcome: 'refused',
        signals: [expect.objectContaining({ rule: 'blocklist', level: 'block' })],
        blocklist: [expect.objectContaining({ kind: 'phone', match: 'exact', action: 'block' })],
        orderId: null,
      }),
      expect.objectContaining({ line: 4, orderNumber: 'SD-0008', verdict: 'blocked', outcome: 'imported' }),
    ]);
    const done = await t.ok('import.commit', input);
    expect(done).toMatchObject({ create: 2, refused: 1 });
    expect(count(t, 'orders', "number = 'SD-0007'")).toBe(0);
    expect(count(t, 'orders', "number = 'SD-0008' and status = 'delivered'")).toBe(1);
    // After the commit a written order's hit names it by id; a refused one has none.
    const sd8 = t.core.ctx!.db.prepare("select id from orders where number = 'SD-0008'").pluck().get();
    expect(done.riskHits.map((h) => [h.orderNumber, h.orderId])).toEqual([
      ['SD-0007', null],
      ['SD-0008', sd8],
    ]);

    // With the owner's reason the refused one goes in too, marked and audited.
    const override = { ...input, overrideReason: 'Paid in advance at the shop' };
    expect(await t.ok('import.dryRun', override)).toMatchObject({ create: 1, unchanged: 2, refused: 0 });
    expect(await t.ok('import.commit', override)).toMatchObject({ create: 1, refused: 0 });
    const db = t.core.ctx!.db;
    expect(db.prepare("select risk_override_reason as r from orders where number = 'SD-0007'").get()).toEqual(
      {
        r: 'Paid in advance at the shop',
      },
    );
    expect(count(t, 'audit_log', "action = 'override_blocklist'")).toBe(1);
  });

  it('updates an order still open, leaves a delivered one alone and says why', async () => {
    await shop();
    const rows = [ORDERS_HEADER, orderRow(1), orderRow(5)];
    const first = await upload(t, 'v1.csv', Buffer.from(csv(rows, ',')));
    const base = {
      target: 'orders',
      mapping: ENGLISH_MAPPING,
      defaults: { deliveryMethod: 'own_courier' },
    } as const;
    await t.ok('import.commit', { ...base, uploadId: first.uploadId });
    const changed = [
      ORDERS_HEADER,
      orderRow(1, { Qty: '5', Status: 'confirmed' }),
      orderRow(5, { Price: '9.99' }),
    ];
    const second = await upload(t, 'v2.csv', Buffer.from(csv(changed, ',')));
    const dry = await t.ok('import.dryRun', { ...base, uploadId: second.uploadId });
    expect(dry).toMatchObject({ update: 1, skipped: 1, create: 0 });
    expect(dry.problems).toEqual([expect.objectContaining({ line: 3, code: 'order_closed' })]);
    await t.ok('import.commit', { ...base, uploadId: second.uploadId });
    const db = t.core.ctx!.db;
    expect(db.prepare("select status, items_total from orders where number = 'SD-0001'").get()).toEqual({
      status: 'confirmed',
      items_total: 5 * 101_050,
    });
    expect(
      db.prepare("select to_status from order_status_changes where to_status = 'confirmed'").all(),
    ).toHaveLength(1);
    expect(count(t, 'audit_log', "action = 'update' and entity = 'order'")).toBe(1);
  });

  it('remembers the mapping for files of the same layout', async () => {
    await shop();
    const rows = [ORDERS_HEADER, orderRow(1)];
    const file = await upload(t, 'one.csv', Buffer.from(csv(rows, ',')));
    expect(file.savedMapping).toBeNull();
    const setup = {
      target: 'orders',
      mapping: ENGLISH_MAPPING,
      defaults: { deliveryMethod: 'pickup_point' },
      valueMaps: { paymentMethod: { Наличка: 'cash_on_delivery' } },
    } as const;
    await t.ok('import.dryRun', { ...setup, uploadId: file.uploadId });
    const other = await upload(
      t,
      'another-day.csv',
      Buffer.from(csv([ORDERS_HEADER, orderRow(2), orderRow(3)], ',')),
    );
    expect(other.layoutKey).toBe(file.layoutKey);
    expect(other.savedMapping).toEqual(setup);
    const different = await upload(
      t,
      'other.csv',
      Buffer.from(
        csv(
          [
            ['Номер', 'Сумма'],
            ['1', '2'],
          ],
          ',',
        ),
      ),
    );
    expect(different.layoutKey).not.toBe(file.layoutKey);
    expect(different.savedMapping).toBeNull();
  });

  it('reads the file again with the owner’s corrections, and refuses what it cannot read', async () => {
    await shop();
    const file = await upload(t, 'orders.csv', Buffer.from(csv(RUSSIAN)));
    expect(file.detected).toMatchObject({ encoding: 'utf-8', delimiter: ';', headerRows: 1 });
    const asComma = await t.ok('import.inspect', { uploadId: file.uploadId, options: { delimiter: ',' } });
    expect(asComma.columns.length).toBeLessThan(file.columns.length);
    const noHeader = await t.ok('import.inspect', { uploadId: file.uploadId, options: { headerRows: 0 } });
    expect(noHeader).toMatchObject({ rowCount: 4, firstDataLine: 1, detected: { hasHeader: false } });
    expect(noHeader.columns[0]).toEqual({
      index: 0,
      header: '',
      samples: ['Номер заказа', 'SD-1001', 'SD-1002'],
    });
    expect(noHeader.layoutKey).not.toBe(file.layoutKey);

    const old = await t.call('import.upload', {
      fileName: 'orders.xls',
      dataBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('base64'),
    });
    expect(old).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'dataBase64' }] } });
    const fakeZip = await t.call('import.upload', {
      fileName: 'orders.xlsx',
      dataBase64: Buffer.from('PK\x03\x04 not really a workbook').toString('base64'),
    });
    expect(fakeZip).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notBase64 = await t.call('import.upload', { fileName: 'x.csv', dataBase64: 'это не base64!' });
    expect(notBase64).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'dataBase64' }] },
    });
  });

  it('is the owner’s: an operator gets FORBIDDEN on every import channel', async () => {
    await shop();
    const file = await upload(t, 'one.csv', Buffer.from(csv([ORDERS_HEADER, orderRow(1)], ',')));
    await signInAsOperator(t);
    const run = {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: ENGLISH_MAPPING,
      defaults: { deliveryMethod: 'post' },
    } as const;
    const calls = [
      t.call('import.upload', {
        fileName: 'x.csv',
        dataBase64: Buffer.from('a,b\n1,2\n').toString('base64'),
      }),
      t.call('import.inspect', { uploadId: file.uploadId }),
      t.call('import.dryRun', run),
      t.call('import.commit', run),
      t.call('import.history', {}),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(count(t, 'orders')).toBe(0);
  });

  it('refuses a mapping without the required columns, or past the last column, beside the field', async () => {
    await shop();
    const file = await upload(t, 'one.csv', Buffer.from(csv([ORDERS_HEADER, orderRow(1)], ',')));
    const missing = await t.call('import.dryRun', {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: { number: 0 },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!missing.ok) {
      expect(missing.error.issues?.map((i) => i.path)).toEqual([
        'mapping.customerPhone',
        'mapping.unitPrice',
        'mapping.paymentMethod',
        'mapping.deliveryMethod',
      ]);
    }
    const beyond = await t.call('import.dryRun', {
      uploadId: file.uploadId,
      target: 'orders',
      mapping: { ...ENGLISH_MAPPING, comment: 40 },
      defaults: { deliveryMethod: 'post' },
    });
    expect(beyond).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'mapping.comment' }] },
    });
    const gone = await t.call('import.inspect', { uploadId: '6f1c1f2e-8a43-4c1e-9f57-3c2a1d9e0b11' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
