import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Settings } from '../../../../shared/domain/settings';

// The backup forms keep what was typed (text) and turn it into the contract's shapes on submit.
// Main checks everything again and names any field it refuses with the same path.

export interface BackupNowValues {
  encrypt: boolean;
  passphrase: string;
  passphraseRepeat: string;
}

export const PASSPHRASE_MIN = 8;

export function backupNowSchema(t: TFunction) {
  return z
    .object({ encrypt: z.boolean(), passphrase: z.string(), passphraseRepeat: z.string() })
    .superRefine((values, ctx) => {
      if (!values.encrypt) return;
      if (values.passphrase.length < PASSPHRASE_MIN)
        ctx.addIssue({ code: 'custom', path: ['passphrase'], message: t('backup.now.tooShort') });
      else if (values.passphrase !== values.passphraseRepeat)
        ctx.addIssue({ code: 'custom', path: ['passphraseRepeat'], message: t('backup.now.differ') });
    })
    .transform((values) => (values.encrypt ? { passphrase: values.passphrase } : {}));
}

export interface BackupSettingsValues {
  backup: { folder: string; intervalHours: string; keepDaily: string; keepMonthly: string };
}

export const BACKUP_LIMITS = {
  intervalHours: { min: 1, max: 24 * 30 },
  keepDaily: { min: 1, max: 365 },
  keepMonthly: { min: 0, max: 120 },
} as const;

export function toBackupSettingsValues(backup: Settings['backup']): BackupSettingsValues {
  return {
    backup: {
      folder: backup.folder ?? '',
      intervalHours: String(backup.intervalHours),
      keepDaily: String(backup.keepDaily),
      keepMonthly: String(backup.keepMonthly),
    },
  };
}

export function backupSettingsSchema(t: TFunction) {
  const count = (key: keyof typeof BACKUP_LIMITS) => {
    const { min, max } = BACKUP_LIMITS[key];
    return z
      .string()
      .trim()
      .regex(/^\d+$/, t('validation.wholeNumber'))
      .transform(Number)
      .refine((n) => n >= min && n <= max, t('backup.settings.range', { min, max }));
  };
  return z
    .object({
      backup: z.object({
        // Empty means the default folder inside the data folder.
        folder: z
          .string()
          .trim()
          .max(4000, t('validation.maxLength', { max: 4000 }))
          .transform((text) => (text === '' ? null : text)),
        intervalHours: count('intervalHours'),
        keepDaily: count('keepDaily'),
        keepMonthly: count('keepMonthly'),
      }),
    })
    .transform((values): { backup: Settings['backup'] } => values);
}

const SETTINGS_FIELDS = new Set([
  'backup.folder',
  'backup.intervalHours',
  'backup.keepDaily',
  'backup.keepMonthly',
]);

export function isBackupSettingsField(path: string): boolean {
  return SETTINGS_FIELDS.has(path);
}
