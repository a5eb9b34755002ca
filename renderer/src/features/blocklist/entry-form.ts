import type { TFunction } from 'i18next';
import { z } from 'zod';
import { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../../shared/domain/enums';

export type BlockKind = (typeof BLOCK_KINDS)[number];
export type BlockAction = (typeof BLOCK_ACTIONS)[number];

export interface EntryFormValues {
  kind: BlockKind;
  value: string;
  action: BlockAction;
  reason: string;
  expiresOn: string;
}

export interface EntryFormOutput {
  kind: BlockKind;
  value: string;
  action: BlockAction;
  reason: string;
  expiresOn?: string;
}

export function entrySchema(t: TFunction) {
  return z
    .object({
      kind: z.enum(BLOCK_KINDS),
      value: z
        .string()
        .trim()
        .min(1, t('blocklist.form.valueRequired'))
        .max(500, t('validation.maxLength', { max: 500 })),
      action: z.enum(BLOCK_ACTIONS),
      reason: z
        .string()
        .trim()
        .min(1, t('blocklist.form.reasonRequired'))
        .max(1000, t('validation.maxLength', { max: 1000 })),
      expiresOn: z.string().trim(),
    })
    .transform(({ expiresOn, ...rest }): EntryFormOutput => (expiresOn ? { ...rest, expiresOn } : rest));
}

export const ENTRY_FIELDS = new Set(['kind', 'value', 'action', 'reason', 'expiresOn']);

/** A reason is required wherever the owner decides (lift, exception). */
export function reasonSchema(t: TFunction) {
  return z.object({
    reason: z
      .string()
      .trim()
      .min(1, t('blocklist.form.reasonRequired'))
      .max(1000, t('validation.maxLength', { max: 1000 })),
  });
}
