import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../shared/contract';
import { manifestSchema, type Manifest } from '../../electron/core/backup/manifest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { sha256File } from '../../electron/core/backup/snapshot';
import { makeCore, makeTempDir, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
const cleanups: (() => void)[] = [];
afterEach(() => {
  t?.close();
  cleanups.splice(0).forEach((f) => f());
});
afterAll(() => stopWorker());

const PASSPHRASE = 'correct horse battery';
let onEvent: (<E extends EventName>(event: E, payload: EventPayload<E>) => void) | null = null;

async function shopWithEvidence(files = 2) {
  onEvent = null;
  t = makeCore({ onEvent: (event, payload) => onEvent?.(event, payload) });
  await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { incident } = await t.ok('incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    customerId: customer.id,
    costs: [{ kind: 'refund', amount: 10_000 }],
  });
  for (let n = 1; n <= files; n++) {
    await t.ok('incidents.addEvidence', {
      incidentId: incident.id,
      fileName: `photo-${n}.png`,
      mime: 'image/png',
      dataBase64: Buffer.from(`photo number ${n}`).toString('base64'),
    });
  }
}

const customerNames = () =>
  (t.core.ctx!.db.prepare('select name from customers order by id').pluck().all() as string[]).join(',');
const manifestOf = (folder: string): Manifest =>
  manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
const writeManifest = (folder: string, manifest: Manifest) =>
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));

/** A refusal in its own words; the shop's data and evidence unchanged; nothing left in <data>/tmp. */
async function expectRefused(location: string, pattern: RegExp, passphrase?: string) {
  const before = customerNames();
  const evidence = readdirSync(join(t.dir, 'evidence')).sort();
  const result = await t.call('backup.restore', { location, passphrase });
  expect(result, location).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', issues: [{ path: 'location' }], message: expect.stringMatching(pattern) },
  });
  expect(customerNames()).toBe(before);
  expect(readdirSync(join(t.dir, 'evidence')).sort()).toEqual(evidence);
  expect(readdirSync(join(t.dir, 'tmp'), { recursive: true })).toEqual([]);
  expect((await t.ok('backup.list', {})).some((b) => b.reason === 'before_restore')).toBe(false);
}

describe('restore checks (issue 18, point 4)', () => {
  it('refuses evidence that is missing, extra or altered against the manifest, each in its own words', async () => {
    await shopWithEvidence();
    const backup = await t.ok('backup.run', {});
    const [first, second] = manifestOf(backup.path).evidence;
    const evidence = (file: string) => join(backup.path, 'evidence', file);
    const original = readFileSync(evidence(first!.file));

    rmSync(evidence(first!.file));
    await expectRefused(backup.path, /missing the evidence file/);
    writeFileSync(evidence(first!.file), original);

    writeFileSync(evidence('planted.png'), 'not from this shop');
    await expectRefused(backup.path, /evidence file its description does not list/);
    rmSync(evidence('planted.png'));

    writeFileSync(evidence(second!.file), 'photo number 9');
    await expectRefused(backup.path, /evidence file .* is damaged or altered/);
  });

  it('refuses a damaged encrypted evidence file in words, not INTERNAL, and leaves no decrypted copy behind', async () => {
    await shopWithEvidence();
    const backup = await t.ok('backup.run', { passphrase: PASSPHRASE });
    const [entry] = manifestOf(backup.path).evidence;
    const file = join(backup.path, 'evidence', `${entry!.file}.enc`);
    truncateSync(file, statSync(file).size - 3);
    await expectRefused(backup.path, /evidence file .* is damaged or altered/, PASSPHRASE);
  });

  it('accepts only a plain file name for the database in the manifest', async () => {
    await shopWithEvidence();
    const backup = await t.ok('backup.run', {});
    // A whole, valid database beside the folder, named by the manifest with its true checksum.
    const outside = join(dirname(backup.path), 'outside.sqlite');
    copyFileSync(join(backup.path, 'shopdesk.sqlite'), outside);
    const manifest = manifestOf(backup.path);
    writeManifest(backup.path, {
      ...manifest,
      database: { ...manifest.database, file: '../outside.sqlite' },
    });
    await expectRefused(backup.path, /names a file outside its folder/);
    writeManifest(backup.path, { ...manifest, evidence: [{ ...manifest.evidence[0]!, file: '../../x' }] });
    await expectRefused(backup.path, /names a file outside its folder/);
  });

  it('refuses a database whose tables, indexes or triggers differ from what the migrations make', async () => {
    await shopWithEvidence();
    const backup = await t.ok('backup.run', {});
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const edited = (name: string, sql: string) => {
      const path = join(dir, name);
      copyFileSync(join(backup.path, 'shopdesk.sqlite'), path);
      const db = new Database(path);
      db.exec(sql);
      db.close();
      return path;
    };
    await expectRefused(
      edited('no-audit-guard.sqlite', 'drop trigger audit_log_no_update'),
      /not laid out the way ShopDesk makes it/,
    );
    await expectRefused(
      edited('extra-index.sqlite', 'create index customers_x on customers(name)'),
      /not laid out/,
    );
    await expectRefused(
      edited('extra-table.sqlite', 'create table notes (id integer primary key) strict'),
      /not laid out/,
    );
    // The same in a backup folder with a manifest that agrees with the edited file.
    const folderDb = join(backup.path, 'shopdesk.sqlite');
    copyFileSync(edited('again.sqlite', 'drop trigger audit_log_no_delete'), folderDb);
    writeManifest(backup.path, {
      ...manifestOf(backup.path),
      database: {
        file: 'shopdesk.sqlite',
        sha256: await sha256File(folderDb),
        bytes: statSync(folderDb).size,
      },
    });
    await expectRefused(backup.path, /not laid out/);
  });

  it('restores exactly the file it checked, even when the backup is changed while the safety copy is made', async () => {
    await shopWithEvidence(1);
    const backup = await t.ok('backup.run', {});
    await t.ok('customers.create', { name: 'Boris', phones: [{ raw: '+7 916 111 22 33' }] });
    t.clock.now += 1000;
    const later = await t.ok('backup.run', {});
    // Once the checks are done and the safety backup starts, the checked file is replaced.
    let swapped = false;
    onEvent = (event, payload) => {
      const progress = payload as EventPayload<'task.progress'>;
      if (
        event === 'task.progress' &&
        progress.task === 'restore' &&
        progress.step === 'database' &&
        !swapped
      ) {
        swapped = true;
        copyFileSync(join(later.path, 'shopdesk.sqlite'), join(backup.path, 'shopdesk.sqlite'));
      }
    };
    await t.ok('backup.restore', { location: backup.path });
    expect(swapped).toBe(true);
    expect(customerNames()).toBe('Irina');
    expect(readdirSync(join(t.dir, 'tmp'))).toEqual([]);
  });
});
