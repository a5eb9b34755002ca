import { z } from 'zod';
import { channel } from './define';
import { BLOCK_ACTIONS, BLOCK_KINDS } from '../domain/enums';
import { isIsoDate } from '../domain/dates';

const id = z.number().int().positive();
const reason = z.string().trim().min(1, 'Give a reason').max(1000, 'At most 1000 characters');

export const blocklistHitSchema = z.object({
  entryId: z.number().int(),
  kind: z.enum(BLOCK_KINDS),
  /** The entry's own action; `effective` is what it means for this match (loose → caution). */
  action: z.enum(BLOCK_ACTIONS),
  effective: z.enum(BLOCK_ACTIONS),
  match: z.enum(['exact', 'loose']),
  entryValue: z.string(),
  matchedValue: z.string(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  expiresAt: z.number().int().nullable(),
  /** An owner's exception for this customer: the hit is shown but does not count. */
  exception: z.object({ reason: z.string(), grantedBy: z.string(), grantedAt: z.number().int() }).nullable(),
});
export type BlocklistHit = z.infer<typeof blocklistHitSchema>;

export const blocklistEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(BLOCK_KINDS),
  value: z.string(),
  action: z.enum(BLOCK_ACTIONS),
  reason: z.string(),
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  expiresAt: z.number().int().nullable(),
  liftedBy: z.string().nullable(),
  liftedAt: z.number().int().nullable(),
  liftReason: z.string().nullable(),
  state: z.enum(['active', 'expired', 'lifted']),
  exceptions: z.array(
    z.object({
      id: z.number().int(),
      customerId: z.number().int(),
      customerName: z.string(),
      reason: z.string(),
      grantedBy: z.string(),
      grantedAt: z.number().int(),
      revokedBy: z.string().nullable(),
      revokedAt: z.number().int().nullable(),
    }),
  ),
});
export type BlocklistEntry = z.infer<typeof blocklistEntrySchema>;

export const blocklistChannels = {
  'blocklist.list': channel({
    input: z
      .object({
        kind: z.enum(BLOCK_KINDS).optional(),
        action: z.enum(BLOCK_ACTIONS).optional(),
        state: z.enum(['active', 'expired', 'lifted', 'all']).default('active'),
        search: z.string().max(200).optional(),
      })
      .strict(),
    output: z.array(blocklistEntrySchema),
    role: 'operator',
  }),
  'blocklist.add': channel({
    input: z
      .object({
        kind: z.enum(BLOCK_KINDS),
        value: z.string().trim().min(1, 'Enter what to block').max(500),
        action: z.enum(BLOCK_ACTIONS),
        reason,
        /** Last day the entry applies (shop's calendar), or none. */
        expiresOn: z.string().refine(isIsoDate, 'Use a date like 2026-12-31').optional(),
        customerId: id.optional(),
      })
      .strict(),
    output: blocklistEntrySchema,
    role: 'operator',
  }),
  'blocklist.lift': channel({
    input: z.object({ id, reason }).strict(),
    output: blocklistEntrySchema,
    role: 'owner',
  }),
  'blocklist.grantException': channel({
    input: z.object({ entryId: id, customerId: id, reason }).strict(),
    output: blocklistEntrySchema,
    role: 'owner',
  }),
  'blocklist.revokeException': channel({
    input: z.object({ exceptionId: id }).strict(),
    output: blocklistEntrySchema,
    role: 'owner',
  }),
  /** What the blocklist says about these details (order form, customer form, import). */
  'blocklist.check': channel({
    input: z
      .object({
        phones: z.array(z.string().max(100)).max(20).default([]),
        emails: z.array(z.string().max(200)).max(20).default([]),
        addresses: z.array(z.string().max(500)).max(20).default([]),
        names: z.array(z.string().max(200)).max(20).default([]),
        customerId: id.optional(),
      })
      .strict(),
    output: z.array(blocklistHitSchema),
    role: 'operator',
  }),
};
