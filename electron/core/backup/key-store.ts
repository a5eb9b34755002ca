import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files';
import { decodeBackupKey, encodeBackupKey, type BackupKey } from './crypto';

/**
 * Where the app keeps the backup key once the owner has chosen a passphrase, so that every backup
 * it makes afterwards (automatic, before a restore, before an update) is encrypted without anyone
 * typing it. The shell wraps the key with what the OS offers (Electron's safeStorage: DPAPI on
 * Windows, the Keychain on macOS); the key itself never reaches the renderer. Restoring an
 * encrypted backup still asks for the passphrase: the kept key only writes.
 */
export interface BackupKeyStore {
  get(): BackupKey | null;
  put(key: BackupKey): void;
}

/** A key store on top of a "wrap bytes / unwrap bytes" pair and one file (the shells' common part). */
export function wrappedFileKeyStore(
  path: string,
  wrap: (plain: string) => Buffer,
  unwrap: (wrapped: Buffer) => string,
): BackupKeyStore {
  return {
    get: () => (existsSync(path) ? decodeBackupKey(unwrap(readFileSync(path))) : null),
    put: (key) => writeFileAtomic(path, wrap(encodeBackupKey(key))),
  };
}

/**
 * The stand-in for the harness, the tests and the benches: the key in a plain file in the data
 * folder. Not a secret kept from anyone who can read that folder — the point is that core's
 * behaviour (every backup encrypted, no typing) is the same as with the OS store.
 */
export function plainFileKeyStore(dataDir: string): BackupKeyStore {
  return wrappedFileKeyStore(
    join(dataDir, 'backup-key.stand-in.json'),
    (plain) => Buffer.from(plain, 'utf8'),
    (wrapped) => wrapped.toString('utf8'),
  );
}

/** For a context that never backs up (the import worker's): asking it for the key is a bug. */
export const noBackupKeys: BackupKeyStore = {
  get: () => {
    throw new Error('This context makes no backups.');
  },
  put: () => {
    throw new Error('This context makes no backups.');
  },
};
