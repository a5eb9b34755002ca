import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/open';
import { decryptFile, DecryptError, unlock } from './crypto';
import { MANIFEST, manifestSchema, type Manifest } from './manifest';
import { sha256File } from './snapshot';

// Everything a restore checks before it touches the shop's data. Each refusal has its own kind
// and message, so the owner knows whether to look for another file or retype the passphrase.

export type RefusalKind =
  | 'not_found'
  | 'not_sqlite'
  | 'not_shopdesk'
  | 'newer_version'
  | 'damaged'
  | 'passphrase_needed'
  | 'wrong_passphrase';

export class BackupRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export interface Inspected {
  /** A decrypted, checked copy of the database in a temp folder (remove `tempDir` when done). */
  databaseFile: string;
  tempDir: string;
  createdAt: number | null;
  schemaVersion: number;
  encrypted: boolean;
  counts: { customers: number; orders: number; incidents: number; evidenceFiles: number };
  /** Folder holding the backup's evidence files (encrypted ones end in .enc), if any. */
  evidenceDir: string | null;
  key: Buffer | null;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

function header(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function readManifest(folder: string): Manifest {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  } catch {
    throw new BackupRefused(
      'damaged',
      'This backup folder’s description (manifest.json) is missing or damaged.',
    );
  }
}

function checkPlainDatabase(path: string, latestVersion: number) {
  if (!header(path).equals(SQLITE_HEADER)) {
    throw new BackupRefused('not_sqlite', 'This file is not a database backup (it is not an SQLite file).');
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused('damaged', `The backup cannot be opened: ${(error as Error).message}`);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      throw new BackupRefused('damaged', `The backup is damaged: ${(error as Error).message}`);
    }
    if (appId !== APPLICATION_ID) {
      throw new BackupRefused('not_shopdesk', 'This is a database, but not a ShopDesk one.');
    }
    if (version > latestVersion) {
      throw new BackupRefused(
        'newer_version',
        `This backup was made by a newer ShopDesk (schema ${version}; this app knows up to ${latestVersion}). Update the app first.`,
      );
    }
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      throw new BackupRefused('damaged', `The backup is damaged: ${(error as Error).message}`);
    }
    if (integrity !== 'ok')
      throw new BackupRefused('damaged', `The backup is damaged (integrity check: ${String(integrity)}).`);
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      version,
      counts: { customers: count('customers'), orders: count('orders'), incidents: count('incidents') },
    };
  } finally {
    db.close();
  }
}

/**
 * Checks a backup: a ShopDesk backup folder, or a bare database file (a copy the owner kept).
 * Answers a checked plain copy of the database in a temp folder; throws BackupRefused otherwise.
 */
export async function inspectBackup(
  location: string,
  options: { passphrase?: string; latestVersion: number; tempRoot: string },
): Promise<Inspected> {
  if (!existsSync(location)) throw new BackupRefused('not_found', 'There is no backup at this place.');
  const tempDir = mkdtempSync(join(options.tempRoot, 'restore-check-'));
  try {
    const isFolder = statSync(location).isDirectory();
    const manifest = isFolder ? readManifest(location) : null;
    const stored = manifest ? join(location, manifest.database.file) : location;
    if (!existsSync(stored)) throw new BackupRefused('damaged', 'The backup folder has no database file.');
    const size = statSync(stored).size;
    if (
      manifest &&
      (size !== manifest.database.bytes || (await sha256File(stored)) !== manifest.database.sha256)
    ) {
      throw new BackupRefused(
        'damaged',
        'The backup’s database file is cut short or altered (its size or checksum does not match).',
      );
    }
    let databaseFile = stored;
    let key: Buffer | null = null;
    if (manifest?.encryption) {
      if (!options.passphrase)
        throw new BackupRefused('passphrase_needed', 'This backup is encrypted: enter its passphrase.');
      key = unlock(options.passphrase, manifest.encryption);
      if (!key) throw new BackupRefused('wrong_passphrase', 'The passphrase is wrong for this backup.');
      databaseFile = join(tempDir, 'shopdesk.sqlite');
      try {
        await decryptFile(stored, databaseFile, key, size);
      } catch (error) {
        if (error instanceof DecryptError)
          throw new BackupRefused(
            'damaged',
            'The encrypted backup is damaged: it does not decrypt completely.',
          );
        throw error;
      }
    }
    const { version, counts } = checkPlainDatabase(databaseFile, options.latestVersion);
    const evidenceDir =
      isFolder && existsSync(join(location, 'evidence')) ? join(location, 'evidence') : null;
    return {
      databaseFile,
      tempDir,
      createdAt: manifest?.createdAt ?? null,
      schemaVersion: version,
      encrypted: manifest?.encryption != null,
      counts: { ...counts, evidenceFiles: manifest?.counts.evidenceFiles ?? 0 },
      evidenceDir,
      key,
    };
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}
