import { z } from 'zod';
import { BACKUP_REASONS } from '../../../shared/contract/backup';

// Each backup is a folder: manifest.json, the database (shopdesk.sqlite, or .enc when encrypted)
// and evidence/. It is written under a ".partial" name and renamed when complete, so a folder
// with a backup's name is always a whole backup.

export const MANIFEST = 'manifest.json';
export const PARTIAL_SUFFIX = '.partial';
export const BACKUP_PREFIX = 'shopdesk-backup-';

export const manifestSchema = z.object({
  format: z.literal(1),
  app: z.literal('ShopDesk'),
  appVersion: z.string(),
  createdAt: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  schemaVersion: z.number().int(),
  database: z.object({ file: z.string(), sha256: z.string(), bytes: z.number().int() }),
  /**
   * Present when encrypted: the scrypt salt, parameters and the key check (see crypto.ts).
   * Backups from before the parameters were recorded have no kdf (they used N = 2^15).
   */
  encryption: z
    .object({
      salt: z.string(),
      keyCheck: z.string(),
      kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }).optional(),
    })
    .nullable(),
  counts: z.object({
    customers: z.number().int(),
    orders: z.number().int(),
    incidents: z.number().int(),
    evidenceFiles: z.number().int(),
  }),
  evidence: z.array(z.object({ file: z.string(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A folder name that sorts by time and is valid on Windows (no colons). */
export function backupName(at: number): string {
  return (
    BACKUP_PREFIX +
    new Date(at)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-')
  );
}
