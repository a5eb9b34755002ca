import { join } from 'node:path';
import { safeStorage } from 'electron';
import { wrappedFileKeyStore, type BackupKeyStore } from '../core/backup/key-store';

/**
 * The backup key wrapped by the OS (DPAPI on Windows, the Keychain on macOS) in a file of the
 * data folder: only this user on this computer unwraps it. Where the OS offers no such store,
 * keeping the key is refused rather than written down in the clear.
 */
export function safeStorageKeyStore(dataDir: string): BackupKeyStore {
  return wrappedFileKeyStore(
    join(dataDir, 'backup-key.bin'),
    (plain) => {
      if (!safeStorage.isEncryptionAvailable())
        throw new Error('This computer offers no safe place for the backup key.');
      return safeStorage.encryptString(plain);
    },
    (wrapped) => safeStorage.decryptString(wrapped),
  );
}
