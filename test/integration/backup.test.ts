import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { autoBackupIfDue } from '../../electron/core/backup/service';
import { LATEST_VERSION } from '../../electron/core/db/migrate';
import { makeCore, makeTempDir, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

async function shopWithData() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { order } = await t.ok('orders.create', {
    number: 'SD-1',
    customerId: customer.id,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, 7',
  });
  const { incident } = await t.ok('incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    orderId: order.id,
    costs: [
      { kind: 'refund', amount: 123_450 },
      { kind: 'recovery', amount: 23_450 },
    ],
  });
  await t.ok('incidents.addEvidence', {
    incidentId: incident.id,
    fileName: 'photo.png',
    mime: 'image/png',
    dataBase64: Buffer.from('a photo of the parcel').toString('base64'),
  });
  return { ownerId: user!.id, customerId: customer.id, orderId: order.id };
}

const customerNames = () =>
  (t.core.ctx!.db.prepare('select name from customers order by id').pluck().all() as string[]).join(',');

describe('backups', () => {
  it('takes a checked snapshot folder with the evidence, and restores it: the old data is back', async () => {
    const { ownerId, customerId } = await shopWithData();
    const backup = await t.ok('backup.run', {});
    expect(backup).toMatchObject({
      reason: 'manual',
      encrypted: false,
      counts: { customers: 1, orders: 1, incidents: 1, evidenceFiles: 1 },
    });
    expect(readdirSync(backup.path).sort()).toEqual(['evidence', 'manifest.json', 'shopdesk.sqlite']);
    expect((await t.ok('backup.status', {})).lastBackupAt).toBe(backup.createdAt);

    await t.ok('customers.update', { id: customerId, name: 'Changed after the backup' } as never);
    await t.ok('customers.create', { name: 'Boris', phones: [{ raw: '+7 916 111 22 33' }] });
    expect(customerNames()).toBe('Changed after the backup,Boris');
    // The reports' worker keeps a read connection open and its answers until the file changes;
    // it must see a new cost line, and read the restored file after the restore.
    const year = { period: { from: '2026-01-01', to: '2026-12-31', granularity: 'month' as const } };
    expect((await t.ok('reports.period', year)).current.totals.costs).toBe(123_450);
    await t.ok('incidents.addCost', { incidentId: 1, kind: 'compensation', amount: 50_000 });
    expect((await t.ok('reports.period', year)).current.totals.costs).toBe(173_450);
    // Evidence lost meanwhile comes back with the restore.
    const [evidenceFile] = readdirSync(join(t.dir, 'evidence'));
    rmSync(join(t.dir, 'evidence', evidenceFile!));

    t.clock.now += 60_000;
    const result = await t.ok('backup.restore', { location: backup.path });
    expect(result.restored.counts).toMatchObject({ customers: 1, orders: 1 });
    expect(result.safetyBackup.reason).toBe('before_restore');
    expect(customerNames()).toBe('Irina');
    expect(existsSync(join(t.dir, 'evidence', evidenceFile!))).toBe(true);
    // Everyone signs in again; the restore is in the restored database's audit log.
    expect(await t.call('customers.list', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    const audit = await t.ok('audit.list', { action: 'restore' });
    expect(audit.total).toBe(1);
    expect((await t.ok('reports.period', year)).current.totals.costs).toBe(123_450);
    // The safety copy holds what was there just before: restoring it brings Boris back.
    await t.ok('backup.restore', { location: result.safetyBackup.path });
    expect(customerNames()).toBe('Changed after the backup,Boris');
  });

  it('does not swap the file while another connection is still reading it; the data stays, and a retry works', async () => {
    await shopWithData();
    const backup = await t.ok('backup.run', {});
    await t.ok('customers.create', { name: 'Boris', phones: [{ raw: '+7 916 111 22 33' }] });
    // Another task's read transaction (an export, an import's dry run) on the live file, then a
    // write after it: its snapshot keeps frames in the WAL that a checkpoint cannot empty.
    const live = join(t.dir, 'shopdesk.sqlite');
    const reader = new Database(live, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('select count(*) from customers').get();
    await t.ok('customers.create', { name: 'Vera', phones: [{ raw: '+7 916 222 33 44' }] });
    expect(await t.call('backup.restore', { location: backup.path })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // Nothing was lost or closed: the shop goes on with its data.
    expect(customerNames()).toBe('Irina,Boris,Vera');
    expect(existsSync(`${live}.restoring`)).toBe(false);
    reader.prepare('COMMIT').run();
    reader.close();
    await t.ok('backup.restore', { location: backup.path });
    expect(customerNames()).toBe('Irina');
  });

  it('encrypts with a passphrase and tells a wrong passphrase apart from damage', async () => {
    await shopWithData();
    const backup = await t.ok('backup.run', { passphrase: 'correct horse battery' });
    expect(backup.encrypted).toBe(true);
    const files = readdirSync(backup.path).sort();
    expect(files).toEqual(['evidence', 'manifest.json', 'shopdesk.sqlite.enc']);
    expect(readFileSync(join(backup.path, 'shopdesk.sqlite.enc')).includes('SQLite format 3')).toBe(false);
    expect(await t.call('backup.inspect', { location: backup.path })).toMatchObject({
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'passphrase' }],
        message: expect.stringMatching(/encrypted/),
      },
    });
    expect(
      await t.call('backup.inspect', { location: backup.path, passphrase: 'wrong horse battery' }),
    ).toMatchObject({
      error: { issues: [{ path: 'passphrase' }], message: expect.stringMatching(/passphrase is wrong/) },
    });
    expect(
      await t.ok('backup.inspect', { location: backup.path, passphrase: 'correct horse battery' }),
    ).toMatchObject({
      encrypted: true,
      counts: { customers: 1 },
    });
  });

  it('refuses a non-SQLite file, a stranger’s database, a newer version, a truncated backup — each in its own words, data untouched', async () => {
    await shopWithData();
    const { dir, cleanup } = makeTempDir();
    try {
      const before = customerNames();
      const live = join(t.dir, 'shopdesk.sqlite');
      const refused = async (location: string, pattern: RegExp) => {
        const result = await t.call('backup.restore', { location });
        expect(result, location).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', message: expect.stringMatching(pattern) },
        });
      };
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'just some text, not a database at all');
      await refused(text, /not an SQLite file/);

      const stranger = join(dir, 'other.sqlite');
      const other = new Database(stranger);
      other.exec('create table things (id integer primary key)');
      other.close();
      await refused(stranger, /not a ShopDesk one/);

      const backup = await t.ok('backup.run', {});
      const newer = join(dir, 'newer.sqlite');
      copyFileSync(join(backup.path, 'shopdesk.sqlite'), newer);
      const bump = new Database(newer);
      bump.pragma(`user_version = ${LATEST_VERSION + 1}`);
      bump.close();
      await refused(newer, /newer ShopDesk/);

      truncateSync(
        join(backup.path, 'shopdesk.sqlite'),
        Math.floor(statSync(join(backup.path, 'shopdesk.sqlite')).size / 2),
      );
      await refused(backup.path, /cut short or altered/);
      await refused(join(dir, 'missing'), /no backup/);

      expect(customerNames()).toBe(before);
      const db = new Database(live, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      cleanup();
    }
  });

  it('refuses a backup folder that cannot be written, beside the folder field', async () => {
    await shopWithData();
    const blocker = join(t.dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    expect(
      await t.call('settings.update', {
        backup: { folder: join(blocker, 'backups'), intervalHours: 24, keepDaily: 14, keepMonthly: 12 },
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'backup.folder' }] } });
    expect((await t.ok('settings.get', {})).backup.folder).toBeNull();
  });

  it('is owner-only: an operator gets FORBIDDEN for backup, restore, export and the audit log', async () => {
    await shopWithData();
    await signInAsOperator(t);
    for (const [channel, input] of [
      ['backup.run', {}],
      ['backup.list', {}],
      ['backup.restore', { location: '/tmp' }],
      ['backup.inspect', { location: '/tmp' }],
      ['export.accountant', { from: '2026-01-01', to: '2026-12-31' }],
      ['audit.list', {}],
    ] as const) {
      expect(await t.call(channel, input as never), channel).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect(await t.ok('backup.status', {})).toMatchObject({ lastBackupAt: null, stale: true });
  });

  it('backs up automatically only when the last one is older than the interval, and prunes old automatic ones', async () => {
    await shopWithData();
    const ctx = t.core.ctx!;
    const HOUR = 3_600_000;
    expect(await autoBackupIfDue(ctx)).not.toBeNull();
    t.clock.now += 2 * HOUR;
    expect(await autoBackupIfDue(ctx)).toBeNull();
    await t.ok('settings.update', {
      backup: { folder: null, intervalHours: 24, keepDaily: 2, keepMonthly: 0 },
    });
    for (let day = 0; day < 4; day++) {
      t.clock.now += 25 * HOUR;
      expect(await autoBackupIfDue(ctx)).not.toBeNull();
    }
    const manual = await t.ok('backup.run', {});
    const list = await t.ok('backup.list', {});
    expect(list.filter((b) => b.reason === 'auto')).toHaveLength(2);
    expect(list[0]!.name).toBe(manual.name);
  });
});

describe('accountant export', () => {
  it('writes one workbook with orders, losses, courier cash and monthly totals in money and dates', async () => {
    await shopWithData();
    const { path, fileName, orders, incidents } = await t.ok('export.accountant', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect({ fileName, orders, incidents }).toEqual({
      fileName: 'accountant-2026-11-01-2026-11-30.xlsx',
      orders: 1,
      incidents: 1,
    });
    expect(readdirSync(join(t.dir, 'exports')).filter((f) => f.includes('.part'))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Orders',
      'Refunds and losses',
      'Courier cash',
    ]);
    const order = workbook.getWorksheet('Orders')!.getRow(2);
    expect(order.getCell(1).value).toBe('SD-1');
    expect(order.getCell(2).value).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(order.getCell(6).value).toBe(9000);
    expect(order.getCell(6).numFmt).toMatch(/RUB/);
    // Codes are written as the names the shop sees, not as the database's codes.
    expect([order.getCell(7).value, order.getCell(8).value]).toEqual(['Cash on delivery', 'Unpaid']);
    const summary = workbook.getWorksheet('Summary')!.getRow(2).values as unknown[];
    expect(summary.slice(1)).toEqual(['2026-11', 1, 9000, 0, 1234.5, 234.5, 1000, 0]);
  });

  it('writes the same sheets as CSV files in a zip', async () => {
    await shopWithData();
    const { path } = await t.ok('export.accountant', { from: '2026-11-01', to: '2026-11-30', format: 'csv' });
    const files = unzipSync(readFileSync(path));
    expect(Object.keys(files)).toEqual([
      '1-Summary.csv',
      '2-Orders.csv',
      '3-Refunds and losses.csv',
      '4-Courier cash.csv',
    ]);
    const losses = strFromU8(files['3-Refunds and losses.csv']!);
    // A UTF-8 byte order mark first, so spreadsheet programs read Cyrillic names right.
    expect([...files['3-Refunds and losses.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(losses.startsWith('Incident,')).toBe(true);
    expect(losses).toContain('Refund,1234.50,0.00');
    expect(losses).toContain('Recovery (money back),0.00,234.50');
  });

  it("names sheets, columns and codes in the shop's language", async () => {
    await shopWithData();
    await t.ok('settings.update', { language: 'ru' });
    const { path } = await t.ok('export.accountant', { from: '2026-11-01', to: '2026-11-30', format: 'csv' });
    const orders = strFromU8(unzipSync(readFileSync(path))['2-Заказы.csv']!);
    expect(orders.split('\n')[1]).toContain('Наличные курьеру;Не оплачен;0,00;;Новый');
  });

  it('refuses a period that ends before it starts', async () => {
    await shopWithData();
    expect(await t.call('export.accountant', { from: '2026-12-01', to: '2026-11-01' })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'to' }] },
    });
  });
});
