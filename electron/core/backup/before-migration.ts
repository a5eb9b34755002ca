import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { fsyncFile } from '../files';
import { encryptFileSync, type BackupKey } from './crypto';
import type { Manifest } from './manifest';
import { allocateBackupFolder, checkDatabaseFile, evidenceToCopy, sealBackup } from './snapshot';
import { backupFolderAtStartup, dataTempDir } from './store';

function sha256FileSync(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let read; (read = readSync(fd, chunk)) > 0;) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Copies a file into the backup, encrypted with the kept key when there is one. */
function store(from: string, to: string, key: BackupKey | null): void {
  if (key) encryptFileSync(from, to, key.key);
  else {
    copyFileSync(from, to);
    fsyncFile(to);
  }
}

/**
 * The backup taken before a migration changes the schema: a whole backup folder like any other
 * (listed, restorable, kept out of the automatic retention), taken at startup before anyone can
 * write — so a plain copy of the checkpointed file is a consistent snapshot. Synchronous because
 * opening the database is. Encrypted with the key the OS keeps once the owner chose a passphrase;
 * the plain copy it checks is in the data folder's temp place, never in the backup folder.
 */
export function backupBeforeMigration(
  db: Db,
  options: { dataDir: string; appVersion: string; at: number; key?: BackupKey | null },
): string {
  // A migration is not worth skipping its safety copy for: the default folder if need be.
  const folder = backupFolderAtStartup(db, options.dataDir);
  const key = options.key ?? null;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const { final, partial } = allocateBackupFolder(folder, options.at);
  const work = mkdtempSync(join(dataTempDir(options.dataDir), 'before-migration-'));
  try {
    const plain = join(work, 'shopdesk.sqlite');
    copyFileSync(db.name, plain);
    const { schemaVersion, counts } = checkDatabaseFile(plain);
    const databaseFile = key ? 'shopdesk.sqlite.enc' : 'shopdesk.sqlite';
    store(plain, join(partial, databaseFile), key);
    const evidence: Manifest['evidence'] = [];
    const files = evidenceToCopy(options.dataDir);
    if (files.length > 0) mkdirSync(join(partial, 'evidence'));
    for (const file of files) {
      const from = join(options.dataDir, 'evidence', file);
      store(from, join(partial, 'evidence', key ? `${file}.enc` : file), key);
      evidence.push({ file, sha256: sha256FileSync(from) });
    }
    const stored = join(partial, databaseFile);
    sealBackup(partial, final, {
      format: 1,
      app: 'ShopDesk',
      appVersion: options.appVersion,
      createdAt: options.at,
      reason: 'before_migration',
      schemaVersion,
      database: { file: databaseFile, sha256: sha256FileSync(stored), bytes: statSync(stored).size },
      encryption: key?.material ?? null,
      counts: { ...counts, evidenceFiles: evidence.length },
      evidence,
    });
    return final;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
