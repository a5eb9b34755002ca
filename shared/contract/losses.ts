import { z } from 'zod';
import { ATTEMPT_OUTCOMES, DELIVERY_METHODS, FAULTS } from '../domain/enums';
import { isIsoDate } from '../domain/dates';
import { channel, startNotAfterEnd } from './define';

const id = z.number().int().positive();
const int = z.number().int();
const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');

/**
 * A failed delivery attempt's cost as a loss line (cause "repeat delivery", migration 0006): it
 * counts once in the customer's losses and in Reports; an incident about the order lists it.
 */
export const attemptLossSchema = z.object({
  attemptId: int,
  attemptedOn: z.string(),
  outcome: z.enum(ATTEMPT_OUTCOMES),
  orderId: int,
  orderNumber: z.string(),
  customerId: int,
  customerName: z.string(),
  courierName: z.string().nullable(),
  amount: int,
  fault: z.enum(FAULTS),
});
export type AttemptLoss = z.infer<typeof attemptLossSchema>;

export const lossesChannels = {
  /** The failed attempts behind a Reports figure: same filters as the incidents drill. */
  'losses.attempts': channel({
    input: z
      .object({
        fault: z.enum(FAULTS).optional(),
        courierId: id.optional(),
        withoutCourier: z.literal(true).optional(),
        deliveryMethod: z.enum(DELIVERY_METHODS).optional(),
        orderId: id.optional(),
        from: day.optional(),
        to: day.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict()
      .refine(...startNotAfterEnd),
    output: z.object({ total: int, amount: int, rows: z.array(attemptLossSchema) }),
    role: 'operator',
  }),
  /** Whose fault a failed attempt was (defaulted from its outcome); audited, the amount never changes. */
  'losses.setAttemptFault': channel({
    input: z.object({ attemptId: id, fault: z.enum(FAULTS) }).strict(),
    output: attemptLossSchema,
    role: 'operator',
  }),
};
