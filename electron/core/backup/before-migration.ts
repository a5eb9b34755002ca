import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { fsyncFile } from '../files';
import { readSettings } from '../settings/store';
import type { Manifest } from './manifest';
import { allocateBackupFolder, checkDatabaseFile, evidenceToCopy, sealBackup } from './snapshot';
import { backupFolder, folderProblem } from './store';

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

/**
 * The backup taken before a migration changes the schema: a whole backup folder like any other
 * (listed, restorable, kept out of the automatic retention), taken at startup before anyone can
 * write — so a plain copy of the checkpointed file is a consistent snapshot. Synchronous because
 * opening the database is. Never encrypted: the passphrase is not known at startup.
 */
export function backupBeforeMigration(
  db: Db,
  options: { dataDir: string; appVersion: string; at: number },
): string {
  // The owner's folder if it can be written, otherwise the default one in the data folder:
  // a migration is not worth skipping its safety copy for.
  let folder = join(options.dataDir, 'backups');
  try {
    const chosen = backupFolder(options.dataDir, readSettings(db));
    if (!folderProblem(chosen)) folder = chosen;
  } catch {
    // Settings of an older schema that do not parse: the default folder it is.
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const { final, partial } = allocateBackupFolder(folder, options.at);
  const plain = join(partial, 'shopdesk.sqlite');
  copyFileSync(db.name, plain);
  const { schemaVersion, counts } = checkDatabaseFile(plain);
  fsyncFile(plain);
  const evidence: Manifest['evidence'] = [];
  const files = evidenceToCopy(options.dataDir);
  if (files.length > 0) mkdirSync(join(partial, 'evidence'));
  for (const file of files) {
    const from = join(options.dataDir, 'evidence', file);
    const to = join(partial, 'evidence', file);
    copyFileSync(from, to);
    fsyncFile(to);
    evidence.push({ file, sha256: sha256FileSync(from) });
  }
  sealBackup(partial, final, {
    format: 1,
    app: 'ShopDesk',
    appVersion: options.appVersion,
    createdAt: options.at,
    reason: 'before_migration',
    schemaVersion,
    database: { file: 'shopdesk.sqlite', sha256: sha256FileSync(plain), bytes: statSync(plain).size },
    encryption: null,
    counts: { ...counts, evidenceFiles: evidence.length },
    evidence,
  });
  return final;
}
