import { z } from 'zod';
import { nameText } from '../domain/text';
import { amountInput } from './money';
import { channel } from './define';
import { COURIER_KINDS } from '../domain/enums';

const id = z.number().int().positive();

export const courierSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(COURIER_KINDS),
  phone: z.string().nullable(),
  capacity: z.number().int().nullable(),
  costPerDelivery: z.number().int(),
  active: z.boolean(),
  note: z.string(),
  /** Incidents naming this courier in the last 90 days: all, those of the courier's (carrier's) fault and their net loss. */
  incidents90d: z.object({
    count: z.number().int(),
    courierFault: z.number().int(),
    net: z.number().int(),
  }),
});
export type Courier = z.infer<typeof courierSchema>;

const courierFields = {
  name: nameText(120).pipe(z.string().min(1, 'Enter a name')),
  kind: z.enum(COURIER_KINDS),
  phone: z.string().trim().max(100).nullable(),
  /** Stops a day; null when there is no limit (the post). */
  capacity: z.number().int().min(0, 'Not below zero').max(10_000).nullable(),
  costPerDelivery: amountInput,
  note: z.string().max(2000),
};

export const couriersChannels = {
  'couriers.list': channel({
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(courierSchema),
    role: 'operator',
  }),
  'couriers.create': channel({
    input: z.object(courierFields).partial({ phone: true, capacity: true, note: true }).strict(),
    output: courierSchema,
    role: 'owner',
  }),
  /** Edits a courier; `active: false` retires one without losing its history. */
  'couriers.update': channel({
    input: z.object(courierFields).partial().extend({ id, active: z.boolean().optional() }).strict(),
    output: courierSchema,
    role: 'owner',
  }),
};
