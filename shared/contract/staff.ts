import { z } from 'zod';
import { channel } from './define';
import { ROLES } from '../domain/enums';
import { LANGUAGES } from '../domain/settings';
import { pinSchema, staffNameSchema } from './session';

export const staffMemberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  hasPin: z.boolean(),
  active: z.boolean(),
  createdAt: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffChannels = {
  'staff.list': channel({
    input: z.object({}).strict(),
    output: z.array(staffMemberSchema),
    role: 'owner',
  }),
  'staff.createOperator': channel({
    input: z.object({ name: staffNameSchema, pin: pinSchema.optional() }).strict(),
    output: staffMemberSchema,
    role: 'owner',
  }),
  'staff.update': channel({
    input: z
      .object({
        id: z.number().int().positive(),
        name: staffNameSchema.optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: staffMemberSchema,
    role: 'owner',
  }),
  'staff.setPin': channel({
    input: z.object({ id: z.number().int().positive(), pin: pinSchema.nullable() }).strict(),
    output: staffMemberSchema,
    role: 'owner',
  }),
};
