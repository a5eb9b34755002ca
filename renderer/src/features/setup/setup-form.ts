import type { TFunction } from 'i18next';
import { z } from 'zod';
import { LANGUAGES } from '../../../../shared/domain/settings';

// The same rules as the contract's session.setupOwner input, with messages in the interface
// language, plus the one thing only the form knows: the PIN typed twice must match. Main
// checks everything again; its issues land on these same field names.
export function setupFormSchema(t: TFunction) {
  return z
    .object({
      ownerName: z
        .string()
        .trim()
        .min(1, t('validation.enterName'))
        .max(80, t('validation.maxLength', { max: 80 })),
      pin: z.string().regex(/^\d{4,8}$/, t('validation.pinFormat')),
      pinRepeat: z.string(),
      shopName: z
        .string()
        .trim()
        .min(1, t('validation.enterShopName'))
        .max(120, t('validation.maxLength', { max: 120 })),
      language: z.enum(LANGUAGES),
      country: z.string().regex(/^[A-Z]{2}$/, t('validation.chooseCountry')),
      currency: z.string().regex(/^[A-Z]{3}$/, t('validation.chooseCurrency')),
    })
    .refine((values) => values.pin === values.pinRepeat, {
      path: ['pinRepeat'],
      message: t('validation.pinsDiffer'),
    });
}

export type SetupFormInput = z.input<ReturnType<typeof setupFormSchema>>;
export type SetupFormValues = z.output<ReturnType<typeof setupFormSchema>>;

export const SETUP_FIELDS = new Set(['ownerName', 'pin', 'shopName', 'language', 'country', 'currency']);
