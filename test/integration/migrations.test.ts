import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/app';
import { backupBeforeMigration } from '../../electron/core/backup/before-migration';
import { listBackups } from '../../electron/core/backup/store';
import { LATEST_VERSION, migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { APPLICATION_ID, openDatabase, StartupError } from '../../electron/core/db/open';
import { makeCore, makeTempDir } from '../support/core';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function tempDb() {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, DATABASE_FILE);
}

function startupErrorOf(fn: () => unknown): StartupError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StartupError) return error;
    throw error;
  }
  throw new Error('expected a StartupError');
}

describe('migrations', () => {
  it('migrates an empty file to the latest version with STRICT tables and our application_id', () => {
    const db = openDatabase(tempDb());
    const result = migrate(db);
    expect(result).toMatchObject({ from: 0, to: LATEST_VERSION, backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = db
      .prepare(
        "select name, strict from pragma_table_list where schema = 'main' and name not like 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'staff',
        'customers',
        'orders',
        'incidents',
        'incident_costs',
        'blocklist_entries',
        'audit_log',
      ]),
    );
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('is a no-op on an up-to-date database', () => {
    const path = tempDb();
    const db = openDatabase(path);
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backupPath: null });
    db.close();
  });

  it('refuses a database from a newer app and leaves the file byte-for-byte as it was', () => {
    const path = tempDb();
    const db = openDatabase(path);
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(path);
    const reopened = openDatabase(path);
    const error = startupErrorOf(() => migrate(reopened));
    reopened.close();
    expect(error.kind).toBe('newer_version');
    expect(error.message).toMatch(/newer ShopDesk/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a SQLite file that is not ShopDesk's, untouched", () => {
    const path = tempDb();
    const foreign = new Database(path);
    foreign.exec('create table recipes (id integer primary key, name text)');
    foreign.close();
    const before = readFileSync(path);
    expect(startupErrorOf(() => openDatabase(path)).kind).toBe('not_shopdesk');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database at all, untouched', () => {
    const path = tempDb();
    writeFileSync(path, 'Order list\n1;Ivanov;990\n'.repeat(200));
    const before = readFileSync(path);
    expect(startupErrorOf(() => openDatabase(path)).kind).toBe('not_shopdesk');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('backs an existing database up into a backup folder before migrating it, evidence included', () => {
    const path = tempDb();
    const dataDir = dirname(path);
    mkdirSync(join(dataDir, 'evidence'));
    writeFileSync(join(dataDir, 'evidence', 'photo.png'), 'png bytes');
    const db = openDatabase(path);
    migrate(db);
    db.prepare("insert into settings (key, value) values ('shopName', '\"Before\"')").run();
    const addColumn: Migration = {
      name: 'test-add',
      up: (d) => d.exec('alter table couriers add column zone text'),
    };
    const result = migrate(db, {
      migrations: [...MIGRATIONS, addColumn],
      backupFirst: (d) => backupBeforeMigration(d, { dataDir, appVersion: '0.1.0', at: 0 }),
    });
    expect(result.from).toBe(LATEST_VERSION);
    const [backup] = listBackups(join(dataDir, 'backups'));
    expect(backup).toMatchObject({
      path: result.backupPath,
      reason: 'before_migration',
      schemaVersion: LATEST_VERSION,
      counts: { evidenceFiles: 1 },
    });
    const copy = new Database(join(result.backupPath!, 'shopdesk.sqlite'), { readonly: true });
    expect(copy.prepare("select value from settings where key = 'shopName'").get()).toEqual({
      value: '"Before"',
    });
    copy.close();
    expect(readFileSync(join(result.backupPath!, 'evidence', 'photo.png'), 'utf8')).toBe('png bytes');
    db.close();
  });

  it('does not migrate when the backup before it fails: the file stays as it was', () => {
    const path = tempDb();
    const db = openDatabase(path);
    migrate(db);
    const addColumn: Migration = {
      name: 'test-add',
      up: (d) => d.exec('alter table couriers add column zone text'),
    };
    expect(() =>
      migrate(db, {
        migrations: [...MIGRATIONS, addColumn],
        backupFirst: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('v1 → v2 fills each incident’s cost and recovered totals from its cost lines, losses unchanged', () => {
    const path = tempDb();
    const db = openDatabase(path);
    migrate(db, { migrations: MIGRATIONS.slice(0, 1) });
    db.exec(`insert into staff (id, name, role, pin_hash, created_at) values (1, 'O', 'owner', 'x', 0);
      insert into customers (id, name, name_norm, created_at, updated_at) values (1, 'A', 'a', 0, 0);
      insert into incidents (id, happened_on, channel, cause, customer_id, created_by, created_at, updated_at)
        values (1, '2026-11-02', 'phone', 'damaged', 1, 1, 0, 0), (2, '2026-11-03', 'phone', 'other', 1, 1, 0, 0);
      insert into incident_costs (incident_id, kind, amount, staff_id, created_at)
        values (1, 'refund', 30000, 1, 0), (1, 'recovery', 10000, 1, 0), (2, 'other', 700, 1, 0);`);
    expect(db.prepare('select losses from customers').get()).toEqual({ losses: 20_700 });
    migrate(db);
    expect(db.prepare('select id, costs, recovered from incidents order by id').all()).toEqual([
      { id: 1, costs: 30_000, recovered: 10_000 },
      { id: 2, costs: 700, recovered: 0 },
    ]);
    expect(db.prepare('select losses from customers').get()).toEqual({ losses: 20_700 });
    db.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves nothing of the others', () => {
    const path = tempDb();
    const db = openDatabase(path);
    migrate(db);
    const good: Migration = {
      name: 'good',
      up: (d) => d.exec('create table extra (id integer primary key) strict'),
    };
    const bad: Migration = { name: 'bad', up: (d) => d.exec('alter table no_such_table add column x text') };
    expect(() => migrate(db, { migrations: [...MIGRATIONS, good, bad] })).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("select count(*) as n from sqlite_schema where name = 'extra'").get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('opens with the pragmas DESIGN §4 requires', () => {
    const t = makeCore();
    cleanups.push(t.close);
    const db = t.core.ctx!.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });
});
