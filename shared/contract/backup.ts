import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { CSV_DIALECTS } from '../domain/csv';
import { channel, startNotAfterEnd } from './define';

const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');
const id = z.number().int().positive();
const passphrase = z.string().min(8, 'At least 8 characters').max(200).optional();
/** A backup folder (or a bare database file) on this computer, as the owner picked it. */
const location = z.string().trim().min(1, 'Pick a backup').max(4000);

export const BACKUP_REASONS = ['manual', 'auto', 'before_restore', 'before_migration'] as const;

export const backupInfoSchema = z.object({
  name: z.string(),
  path: z.string(),
  createdAt: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  encrypted: z.boolean(),
  sizeBytes: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  counts: z.object({
    customers: z.number().int(),
    orders: z.number().int(),
    incidents: z.number().int(),
    evidenceFiles: z.number().int(),
  }),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const inspectedBackupSchema = z.object({
  createdAt: z.number().int().nullable(),
  schemaVersion: z.number().int(),
  encrypted: z.boolean(),
  counts: backupInfoSchema.shape.counts,
});

export const auditRowSchema = z.object({
  id: z.number().int(),
  at: z.number().int(),
  by: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  note: z.string(),
});

export const backupChannels = {
  /** For the status bar: the age of the last good backup, for everyone signed in. */
  'backup.status': channel({
    input: z.object({}).strict(),
    output: z.object({
      lastBackupAt: z.number().int().nullable(),
      /** No backup yet, or the last one is older than a week. */
      stale: z.boolean(),
      folder: z.string(),
      running: z.boolean(),
    }),
    role: 'operator',
  }),
  'backup.list': channel({ input: z.object({}).strict(), output: z.array(backupInfoSchema), role: 'owner' }),
  /** A snapshot now (optionally encrypted with a passphrase the owner must keep). */
  'backup.run': channel({
    input: z.object({ passphrase }).strict(),
    output: backupInfoSchema,
    role: 'owner',
  }),
  /** What a backup holds, after every check a restore makes; changes nothing. */
  'backup.inspect': channel({
    input: z.object({ location, passphrase: z.string().max(200).optional() }).strict(),
    output: inspectedBackupSchema,
    role: 'owner',
  }),
  /** Checks, takes a safety copy of the current data, swaps, reloads; everyone signs in again. */
  'backup.restore': channel({
    input: z.object({ location, passphrase: z.string().max(200).optional() }).strict(),
    output: z.object({ restored: inspectedBackupSchema, safetyBackup: backupInfoSchema }),
    role: 'owner',
  }),
  /** The accountant's package for a period, written into the exports folder. */
  'export.accountant': channel({
    input: z
      .object({
        from: day,
        to: day,
        format: z.enum(['xlsx', 'csv']).default('xlsx'),
        /** CSV only: `;` and decimal commas, or `,` and dots; by default the shop's language's. */
        csvDialect: z.enum(CSV_DIALECTS).optional(),
      })
      .strict()
      .refine(...startNotAfterEnd),
    output: z.object({
      path: z.string(),
      fileName: z.string(),
      orders: z.number().int(),
      incidents: z.number().int(),
    }),
    role: 'owner',
  }),
  'audit.list': channel({
    input: z
      .object({
        staffId: id.optional(),
        entity: z.string().max(50).optional(),
        action: z.string().max(50).optional(),
        from: day.optional(),
        to: day.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict()
      .refine(...startNotAfterEnd),
    output: z.object({ total: z.number().int(), rows: z.array(auditRowSchema) }),
    role: 'owner',
  }),
};
