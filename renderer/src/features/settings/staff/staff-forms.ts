import type { TFunction } from 'i18next';
import { z } from 'zod';

// Client-side copies of the contract's staff rules, with messages in the interface language;
// main checks again and its issues land on the same field names.

const name = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('validation.enterName'))
    .max(80, t('validation.maxLength', { max: 80 }));
const pin = (t: TFunction) => z.string().regex(/^\d{4,8}$/, t('validation.pinFormat'));

export function addOperatorSchema(t: TFunction) {
  return z.object({
    name: name(t),
    // Empty means "no PIN": the operator signs in by picking their name.
    pin: z.union([z.literal(''), pin(t)]).transform((value) => (value === '' ? undefined : value)),
  });
}

export function renameSchema(t: TFunction) {
  return z.object({ name: name(t) });
}

export function pinSchema(t: TFunction) {
  return z
    .object({ pin: pin(t), pinRepeat: z.string() })
    .refine((values) => values.pin === values.pinRepeat, {
      path: ['pinRepeat'],
      message: t('validation.pinsDiffer'),
    });
}
