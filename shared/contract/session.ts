import { z } from 'zod';
import { nameText } from '../domain/text';
import { channel } from './define';
import { LANGUAGES } from '../domain/settings';
import { ROLES } from '../domain/enums';

export const pinSchema = z.string().regex(/^\d{4,8}$/, 'The PIN is 4 to 8 digits');

export const staffNameSchema = nameText(80).pipe(z.string().min(1, 'Enter a name'));

export const sessionUserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStateSchema = z.object({
  needsSetup: z.boolean(),
  user: sessionUserSchema.nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

/** What the sign-in screen may know of each person: never a hash. */
export const signInChoiceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(ROLES),
  hasPin: z.boolean(),
});

export const sessionChannels = {
  'session.current': channel({
    input: z.object({}).strict(),
    output: sessionStateSchema,
    role: 'public',
  }),
  'session.setupOwner': channel({
    input: z
      .object({
        ownerName: staffNameSchema,
        pin: pinSchema,
        shopName: nameText(120).pipe(z.string().min(1, 'Enter the shop name')),
        language: z.enum(LANGUAGES),
        country: z.string().regex(/^[A-Z]{2}$/, 'Two capital letters, e.g. RU'),
        currency: z.string().regex(/^[A-Z]{3}$/, 'Three capital letters, e.g. RUB'),
      })
      .strict(),
    output: sessionStateSchema,
    role: 'public',
  }),
  'session.choices': channel({
    input: z.object({}).strict(),
    output: z.array(signInChoiceSchema),
    role: 'public',
  }),
  'session.signIn': channel({
    input: z.object({ staffId: z.number().int().positive(), pin: z.string().max(8).optional() }).strict(),
    output: sessionStateSchema,
    role: 'public',
  }),
  'session.signOut': channel({
    input: z.object({}).strict(),
    output: sessionStateSchema,
    role: 'operator',
  }),
  'session.setLanguage': channel({
    input: z.object({ language: z.enum(LANGUAGES) }).strict(),
    output: sessionStateSchema,
    role: 'operator',
  }),
};
