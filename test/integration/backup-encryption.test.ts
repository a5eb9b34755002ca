import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { backupBeforeMigration } from '../../electron/core/backup/before-migration';
import { deriveKey, encryptFile, LEGACY_KDF } from '../../electron/core/backup/crypto';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';
import { manifestSchema } from '../../electron/core/backup/manifest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { autoBackupIfDue } from '../../electron/core/backup/service';
import { sha256File, takeSnapshot } from '../../electron/core/backup/snapshot';
import { listBackups } from '../../electron/core/backup/store';
import { makeCore, makeTempDir, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
const cleanups: (() => void)[] = [];
afterEach(() => {
  t?.close();
  cleanups.splice(0).forEach((f) => f());
});
afterAll(() => stopWorker());

const PASSPHRASE = 'correct horse battery';

async function shopWithEvidence(options: Parameters<typeof makeCore>[0] = {}) {
  t = makeCore(options);
  await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { incident } = await t.ok('incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    customerId: customer.id,
    costs: [{ kind: 'refund', amount: 10_000 }],
  });
  await t.ok('incidents.addEvidence', {
    incidentId: incident.id,
    fileName: 'photo.png',
    mime: 'image/png',
    dataBase64: Buffer.from('a photo of the parcel').toString('base64'),
  });
}

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files under a folder that hold an SQLite database or the evidence's text in the clear. */
function plainDataUnder(folder: string): string[] {
  return filesUnder(folder).filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes('SQLite format 3') || bytes.includes('a photo of the parcel');
  });
}

const manifestOf = (folder: string) =>
  manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));

const tempPlace = () => join(t.dir, 'tmp');
const leftInTemp = () => readdirSync(tempPlace(), { recursive: true });

describe('encrypted backups (issue 18, point 3)', () => {
  it('once the owner chooses a passphrase, every backup the app makes is encrypted without typing it: automatic, manual, before a restore', async () => {
    await shopWithEvidence();
    const first = await t.ok('backup.run', { passphrase: PASSPHRASE });
    expect(first.encrypted).toBe(true);
    // OWASP's scrypt floor, written down with the backup so later changes keep it readable.
    expect(manifestOf(first.path).encryption?.kdf).toEqual({ N: 2 ** 17, r: 8, p: 1 });

    t.clock.now += 25 * 3_600_000;
    const automatic = await autoBackupIfDue(t.core.ctx!);
    expect(automatic).toMatchObject({ reason: 'auto', encrypted: true });
    const manual = await t.ok('backup.run', {});
    expect(manual.encrypted).toBe(true);
    // The restore below opens the automatic one with the passphrase; the others share its key.
    const { safetyBackup } = await t.ok('backup.restore', {
      location: automatic!.path,
      passphrase: PASSPHRASE,
    });
    expect(safetyBackup).toMatchObject({ reason: 'before_restore', encrypted: true });

    expect(listBackups(join(t.dir, 'backups'))).toHaveLength(4);
    // Nothing in the backup folder (a USB stick, a cloud folder) is the shop's data in the clear.
    expect(plainDataUnder(join(t.dir, 'backups'))).toEqual([]);
    expect(leftInTemp()).toEqual([]);
    for (const backup of [automatic!, manual, safetyBackup])
      expect(manifestOf(backup.path).encryption?.keyCheck, backup.reason).toBe(
        manifestOf(first.path).encryption?.keyCheck,
      );
  });

  it('encrypts the backup before an update with the kept key, its plain copy only in the data folder', async () => {
    await shopWithEvidence();
    await t.ok('backup.run', { passphrase: PASSPHRASE });
    const key = plainFileKeyStore(t.dir).get();
    expect(key).not.toBeNull();
    const path = backupBeforeMigration(t.core.ctx!.db, { dataDir: t.dir, appVersion: '0.1.0', at: 0, key });
    expect(manifestOf(path)).toMatchObject({
      reason: 'before_migration',
      database: { file: 'shopdesk.sqlite.enc' },
    });
    expect(readdirSync(path).sort()).toEqual(['evidence', 'manifest.json', 'shopdesk.sqlite.enc']);
    expect(plainDataUnder(path)).toEqual([]);
    expect(leftInTemp()).toEqual([]);
    expect(await t.ok('backup.inspect', { location: path, passphrase: PASSPHRASE })).toMatchObject({
      encrypted: true,
      counts: { customers: 1, evidenceFiles: 1 },
    });
  });

  it('makes the plain copy of an encrypted backup in the data folder’s temp place, never in the backup folder', async () => {
    await shopWithEvidence();
    const backupDir = join(t.dir, 'elsewhere');
    const seen: string[] = [];
    await takeSnapshot(
      {
        databasePath: join(t.dir, 'shopdesk.sqlite'),
        dataDir: t.dir,
        backupDir,
        reason: 'manual',
        appVersion: 'test',
        at: t.clock.now,
        passphrase: PASSPHRASE,
      },
      // Called between the steps, while the copy is being made and checked: what a crash then leaves.
      (step) => seen.push(`${step}: ${plainDataUnder(backupDir).length}`),
    );
    expect(seen).toEqual(['database: 0', 'check: 0', 'evidence: 0', 'done: 0']);
    expect(leftInTemp()).toEqual([]);
  });

  it('sweeps half-written backups and the temp place on start, and keeps whole backups', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    await shopWithEvidence({ dir });
    const whole = await t.ok('backup.run', {});
    t.core.close();
    // What a crash in the middle of a backup, a check or a restore leaves.
    const partial = join(dir, 'backups', 'shopdesk-backup-2026-11-23T09-00-00Z-2.partial');
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'shopdesk.sqlite'), readFileSync(join(whole.path, 'shopdesk.sqlite')));
    mkdirSync(join(dir, 'tmp', 'restore-check-abc'), { recursive: true });
    writeFileSync(join(dir, 'tmp', 'restore-check-abc', 'shopdesk.sqlite'), 'plain copy');
    writeFileSync(join(dir, 'shopdesk.sqlite.restoring'), 'incoming');

    t = makeCore({ dir });
    expect(readdirSync(join(dir, 'backups'))).toEqual([whole.name]);
    expect(existsSync(join(dir, 'tmp'))).toBe(false);
    expect(readdirSync(dir)).not.toContain('shopdesk.sqlite.restoring');
  });

  it('still opens a backup encrypted with the earlier scrypt parameters (N = 2^15, none in its manifest)', async () => {
    await shopWithEvidence();
    const backup = await t.ok('backup.run', {});
    // A backup as the earlier app wrote it: its manifest has only the salt and the key check.
    const salt = randomBytes(16).toString('hex');
    const key = deriveKey(PASSPHRASE, salt, LEGACY_KDF);
    const manifest = manifestOf(backup.path);
    const encrypt = async (file: string) => {
      await encryptFile(join(backup.path, file), join(backup.path, `${file}.enc`), key);
      rmSync(join(backup.path, file));
    };
    await encrypt('shopdesk.sqlite');
    for (const { file } of manifest.evidence) await encrypt(join('evidence', file));
    const stored = join(backup.path, 'shopdesk.sqlite.enc');
    writeFileSync(
      join(backup.path, 'manifest.json'),
      JSON.stringify({
        ...manifest,
        database: {
          file: 'shopdesk.sqlite.enc',
          sha256: await sha256File(stored),
          bytes: statSync(stored).size,
        },
        encryption: {
          salt,
          keyCheck: createHmac('sha256', key).update('ShopDesk backup key check').digest('hex'),
        },
      }),
    );
    expect(await t.ok('backup.inspect', { location: backup.path, passphrase: PASSPHRASE })).toMatchObject({
      encrypted: true,
      counts: { customers: 1, evidenceFiles: 1 },
    });
    expect(
      await t.call('backup.inspect', { location: backup.path, passphrase: 'wrong horse battery' }),
    ).toMatchObject({
      error: { message: expect.stringMatching(/passphrase is wrong/) },
    });
  });
});
