import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/backup';
import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { readSettings } from '../settings/store';
import { BACKUP_PREFIX, MANIFEST, manifestSchema, PARTIAL_SUFFIX, type Manifest } from './manifest';

export function backupFolder(dataDir: string, settings: Settings): string {
  return settings.backup.folder ?? join(dataDir, 'backups');
}

/** The backup folder the settings name, read before migrating (older settings may not parse). */
export function configuredBackupFolder(db: Db, dataDir: string): string {
  try {
    return backupFolder(dataDir, readSettings(db));
  } catch {
    return join(dataDir, 'backups');
  }
}

/** Where the backup before a migration goes: the owner's folder if it can be written, else the default. */
export function backupFolderAtStartup(db: Db, dataDir: string): string {
  const chosen = configuredBackupFolder(db, dataDir);
  return folderProblem(chosen) ? join(dataDir, 'backups') : chosen;
}

/**
 * The data folder's own temp place (never the backup folder): plain copies of an encrypted backup
 * in the making, the checked copies of a restore. Whatever is in it at startup is a leftover.
 */
export function dataTempDir(dataDir: string): string {
  const dir = join(dataDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Creates the folder if needed and checks it can be written; answers what is wrong, or null. */
export function folderProblem(folder: string): string | null {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `The backup folder “${folder}” cannot be written (${code}). Pick another folder in Settings → Backups.`;
  }
}

export function toInfo(path: string, name: string, manifest: Manifest): BackupInfo {
  return {
    name,
    path,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    encrypted: manifest.encryption !== null,
    sizeBytes: manifest.database.bytes,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    counts: manifest.counts,
  };
}

/** The complete backups in a folder, newest first; half-written (.partial) folders are not backups. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(BACKUP_PREFIX) || name.endsWith(PARTIAL_SUFFIX)) continue;
    try {
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, name, MANIFEST), 'utf8')));
      out.push(toInfo(join(folder, name), name, manifest));
    } catch {
      // Not a readable backup (a stray folder): not listed, never counted as the last good one.
    }
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}
