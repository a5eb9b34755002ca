import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/backup';
import type { CoreContext } from '../context';
import { LATEST_VERSION, migrate } from '../db/migrate';
import { openDatabase, type Db } from '../db/open';
import { AppError, conflict, invalid } from '../errors';
import { readSettings } from '../settings/store';
import { writeAudit } from '../audit';
import { fsyncDir } from '../files';
import { exclusive, runningFileTask } from '../file-tasks';
import { BackupRefused, type RefusalKind } from './inspect';
import { decodeBackupKey, decryptFile, encodeBackupKey } from './crypto';
import { MANIFEST, manifestSchema, type Manifest } from './manifest';
import type { SnapshotResult } from './snapshot';
import { backupsToPrune } from './retention';
import { runInWorker } from './run-worker';
import { backupFolder, dataTempDir, folderProblem, listBackups, toInfo } from './store';

const WEEK = 7 * 86_400_000;
const DATABASE_FILE = 'shopdesk.sqlite';

const databasePath = (ctx: CoreContext) => join(ctx.dataDir, DATABASE_FILE);

export function backupStatus(ctx: CoreContext) {
  const folder = backupFolder(ctx.dataDir, readSettings(ctx.db));
  const last = listBackups(folder)[0] ?? null;
  return {
    lastBackupAt: last?.createdAt ?? null,
    stale: !last || ctx.now() - last.createdAt > WEEK,
    folder,
    running: runningFileTask(ctx) !== null,
  };
}

/**
 * A backup in the worker. With a passphrase, a new key from it, kept by the OS from then on; without
 * one, the kept key if the owner ever chose a passphrase: every backup the app makes is encrypted.
 */
async function snapshot(
  ctx: CoreContext,
  reason: Manifest['reason'],
  passphrase?: string,
): Promise<BackupInfo> {
  const folder = backupFolder(ctx.dataDir, readSettings(ctx.db));
  const problem = folderProblem(folder);
  if (problem) throw invalid('backup.folder', problem);
  const kept = passphrase ? null : ctx.backupKeys.get();
  const { path, manifest, newKey } = await runInWorker<SnapshotResult>(
    {
      kind: 'backup',
      task: {
        databasePath: databasePath(ctx),
        dataDir: ctx.dataDir,
        backupDir: folder,
        reason,
        appVersion: ctx.version,
        at: ctx.now(),
        passphrase,
        key: kept ? encodeBackupKey(kept) : undefined,
      },
    },
    (p) => ctx.emit('task.progress', { task: reason === 'before_restore' ? 'restore' : 'backup', ...p }),
  );
  if (newKey) ctx.backupKeys.put(decodeBackupKey(newKey));
  return toInfo(path, basename(path), manifest);
}

export function runBackup(
  ctx: CoreContext,
  reason: 'manual' | 'auto',
  passphrase?: string,
): Promise<BackupInfo> {
  return exclusive(ctx, 'backup', async () => {
    const info = await snapshot(ctx, reason, passphrase);
    writeAudit(ctx.db, ctx.now(), {
      staffId: ctx.session.staffId,
      action: 'backup',
      entity: 'backup',
      after: { name: info.name, reason, encrypted: info.encrypted },
    });
    if (reason === 'auto') pruneAutomatic(ctx);
    ctx.emit('data.changed', { domains: ['backup'] });
    return info;
  });
}

function pruneAutomatic(ctx: CoreContext) {
  const settings = readSettings(ctx.db);
  const auto = listBackups(backupFolder(ctx.dataDir, settings)).filter((b) => b.reason === 'auto');
  for (const name of backupsToPrune(auto, settings.backup, settings.timeZone)) {
    rmSync(join(backupFolder(ctx.dataDir, settings), name), { recursive: true, force: true });
  }
}

/** On start: a backup when the last good one is older than the owner's interval (default a day). */
export async function autoBackupIfDue(ctx: CoreContext): Promise<BackupInfo | null> {
  const settings = readSettings(ctx.db);
  const last = listBackups(backupFolder(ctx.dataDir, settings))[0];
  if (last && ctx.now() - last.createdAt < settings.backup.intervalHours * 3_600_000) return null;
  return runBackup(ctx, 'auto');
}

const REFUSAL_PATH: Record<RefusalKind, string> = {
  not_found: 'location',
  unsafe_name: 'location',
  schema_differs: 'location',
  evidence_missing: 'location',
  evidence_extra: 'location',
  evidence_altered: 'location',
  not_sqlite: 'location',
  not_shopdesk: 'location',
  newer_version: 'location',
  damaged: 'location',
  passphrase_needed: 'passphrase',
  wrong_passphrase: 'passphrase',
};

function refusal(error: unknown): never {
  if (error instanceof BackupRefused) {
    throw new AppError('VALIDATION', error.message, [
      { path: REFUSAL_PATH[error.kind], message: error.message },
    ]);
  }
  throw error;
}

interface Checked {
  databaseFile: string | null;
  tempDir: string;
  createdAt: number | null;
  schemaVersion: number;
  encrypted: boolean;
  counts: BackupInfo['counts'];
  evidenceDir: string | null;
}

function check(ctx: CoreContext, location: string, passphrase: string | undefined, keep: boolean) {
  return runInWorker<Checked>({
    kind: 'inspect',
    location,
    passphrase,
    latestVersion: LATEST_VERSION,
    tempRoot: dataTempDir(ctx.dataDir),
    keep,
  }).catch(refusal);
}

export async function inspect(ctx: CoreContext, location: string, passphrase?: string) {
  const { createdAt, schemaVersion, encrypted, counts } = await check(ctx, location, passphrase, false);
  return { createdAt, schemaVersion, encrypted, counts };
}

/** The safety backup taken just before a swap that failed, back in place (encrypted with the kept key, or plain). */
async function putBackSafetyCopy(ctx: CoreContext, folder: string, live: string): Promise<void> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  const stored = join(folder, manifest.database.file);
  if (!manifest.encryption) return copyFileSync(stored, live);
  // Encrypted with the kept key a moment ago (snapshot above).
  const kept = ctx.backupKeys.get();
  if (!kept) throw new Error('The safety backup is encrypted and the backup key is gone.');
  await decryptFile(stored, live, kept.key, statSync(stored).size);
}

/**
 * Restore: every check first (nothing changes on a refusal), then a safety backup of the current
 * data, then the swap — close, replace the file, reopen and migrate — and everyone signs in again.
 */
export function restore(ctx: CoreContext, location: string, passphrase?: string) {
  return exclusive(ctx, 'restore', async () => {
    ctx.emit('task.progress', { task: 'restore', step: 'check', done: 0, total: 4 });
    const checked = await check(ctx, location, passphrase, true);
    try {
      const safetyBackup = await snapshot(ctx, 'before_restore');
      const live = databasePath(ctx);
      const incoming = `${live}.restoring`;
      // The very copy that was checked, not a second read of the backup.
      renameSync(checked.databaseFile!, incoming);
      const staffId = ctx.session.staffId;
      // The reports' read connection in the worker would go on reading the replaced file (and on
      // Windows an open file cannot be replaced at all).
      await runInWorker({ kind: 'release', databasePath: live });
      // Everything in the WAL goes into the file, and the WAL is emptied, before anything is
      // closed: then removing it below loses nothing. Another reader still in a transaction (an
      // export, a dry run) keeps frames in the WAL; the restore waits for it (busy_timeout) and
      // otherwise stops here, with the shop's data as it was.
      const [{ busy }] = ctx.db.pragma('wal_checkpoint(TRUNCATE)') as [{ busy: number }];
      if (busy !== 0) {
        rmSync(incoming, { force: true });
        throw conflict(
          'The database is being read by another task (an export or an import check); restore again when it is done.',
        );
      }
      ctx.db.close();
      // A WAL left from the old file must never be applied to the new one.
      for (const suffix of ['-wal', '-shm']) rmSync(live + suffix, { force: true });
      try {
        renameSync(incoming, live);
      } catch (error) {
        // On Windows another program holding the file open refuses the swap: keep working on it.
        rmSync(incoming, { force: true });
        ctx.db = openDatabase(live);
        throw error;
      }
      fsyncDir(ctx.dataDir);
      let db: Db;
      try {
        db = openDatabase(live);
        // No backup before migrating: the restored file is itself a backup, still in its folder.
        migrate(db);
      } catch (error) {
        // Checked above, so not expected; but the shop must never be left without its data.
        await putBackSafetyCopy(ctx, safetyBackup.path, live);
        ctx.db = openDatabase(live);
        throw error;
      }
      ctx.db = db;
      ctx.session.staffId = null;
      if (checked.evidenceDir) {
        const target = join(ctx.dataDir, 'evidence');
        mkdirSync(target, { recursive: true });
        for (const file of readdirSync(checked.evidenceDir)) {
          if (!existsSync(join(target, file)))
            renameSync(join(checked.evidenceDir, file), join(target, file));
        }
      }
      writeAudit(db, ctx.now(), {
        staffId: null,
        action: 'restore',
        entity: 'backup',
        after: { from: location, createdAt: checked.createdAt, safetyBackup: safetyBackup.name, by: staffId },
      });
      ctx.emit('session.changed', {});
      ctx.emit('data.changed', { domains: ['*'] });
      const { createdAt, schemaVersion, encrypted, counts } = checked;
      return { restored: { createdAt, schemaVersion, encrypted, counts }, safetyBackup };
    } finally {
      rmSync(checked.tempDir, { recursive: true, force: true });
    }
  });
}
