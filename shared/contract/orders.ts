import { z } from 'zod';
import { amountInput } from './money';
import { channel, startNotAfterEnd } from './define';
import { blocklistHitSchema } from './blocklist';
import {
  CHECKED_IN_PRESENCE,
  DELIVERY_METHODS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  ATTEMPT_OUTCOMES,
} from '../domain/enums';
import { isIsoDate } from '../domain/dates';
import { riskSignalSchema, VERDICTS } from '../domain/risk';

const id = z.number().int().positive();
const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, for example 11:00');
const money = amountInput;

export const orderItemInputSchema = z.object({
  title: z.string().trim().min(1, 'Name the item').max(300),
  sku: z.string().trim().max(100).default(''),
  quantity: z.number().int('A whole number').min(1, 'At least 1').max(100_000),
  unitPrice: money,
});

export const orderFieldsSchema = z.object({
  /** Empty: the shop's next number (prefix + sequence, Settings) is given on save. */
  number: z.string().trim().max(60).default(''),
  customerId: id,
  orderedOn: day.optional(),
  items: z.array(orderItemInputSchema).min(1, 'Add at least one item').max(500),
  deliveryFee: money.default(0),
  paymentMethod: z.enum(PAYMENT_METHODS),
  paymentStatus: z.enum(PAYMENT_STATUSES).default('unpaid'),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  address: z.string().trim().max(500).default(''),
  deliveryDate: day.nullable().default(null),
  window: z
    .object({ from: hhmm, to: hhmm })
    .refine((w) => w.from < w.to, { message: 'The window must end after it starts', path: ['to'] })
    .nullable()
    .default(null),
  courierId: id.nullable().default(null),
  trackingNumber: z.string().trim().max(100).nullable().default(null),
  parcelWeightG: z.number().int().min(0).max(1_000_000).nullable().default(null),
  customerComment: z.string().max(2000).default(''),
  /** A cheque order: the day the cheque was received (today when not given). */
  chequeReceivedOn: day.nullable().default(null),
  /** The owner's reason to accept an order the blocklist refuses (audited). */
  overrideReason: z.string().trim().max(1000).optional(),
});
export type OrderFields = z.output<typeof orderFieldsSchema>;

export const orderItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  sku: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  keptQuantity: z.number().int().nullable(),
});

export const overrideSchema = z.object({ reason: z.string(), by: z.string(), at: z.number().int() });

export const orderSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  customer: z.object({ id: z.number().int(), name: z.string(), phone: z.string().nullable() }),
  orderedOn: z.string(),
  items: z.array(orderItemSchema),
  itemsTotal: z.number().int(),
  deliveryFee: z.number().int(),
  total: z.number().int(),
  amountReceived: z.number().int(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  address: z.string(),
  deliveryDate: z.string().nullable(),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  courier: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  trackingNumber: z.string().nullable(),
  parcelWeightG: z.number().int().nullable(),
  checkedInPresence: z.enum(CHECKED_IN_PRESENCE),
  status: z.enum(ORDER_STATUSES),
  customerComment: z.string(),
  /** A cheque order: when it was received and is expected to clear; held from planning until paid. */
  cheque: z.object({ receivedOn: z.string(), clearsOn: z.string() }).nullable(),
  /** The owner accepted this order despite the shop's rules: who, when, why. */
  override: overrideSchema.nullable(),
  /** A post parcel: the day it reached the customer's city or post office (the latest record). */
  arrivedOn: z.string().nullable(),
  createdAt: z.number().int(),
  /** Pass back on edit: a change made meanwhile answers CONFLICT instead of being overwritten. */
  updatedAt: z.number().int(),
});
export type Order = z.infer<typeof orderSchema>;

export const timelineEntrySchema = z.object({
  at: z.number().int(),
  /**
   * message: a message sent instead of a call (detail: its text); move: a move of the plan with a
   * reason (code: the reason, detail: the new day · the reason's words); arrival: a post parcel
   * reached the customer's city (detail: the day · a note).
   */
  kind: z.enum(['status', 'call', 'attempt', 'incident', 'message', 'move', 'arrival']),
  code: z.string(),
  detail: z.string(),
  by: z.string().nullable(),
  amount: z.number().int().nullable(),
});

export const orderListRowSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  orderedOn: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  total: z.number().int(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  deliveryDate: z.string().nullable(),
  courierName: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
});

const writeResult = z.object({
  order: orderSchema,
  signals: z.array(riskSignalSchema),
  hits: z.array(blocklistHitSchema),
});

/** What the shop's rules say about an order being typed: the same policy as saving it. */
export const orderCheckSchema = z.object({
  customerId: z.number().int(),
  signals: z.array(riskSignalSchema),
  hits: z.array(blocklistHitSchema),
  verdict: z.enum(VERDICTS),
  /** What saving would refuse; `accepted` ones the owner already accepted for this order. */
  violations: z.array(
    z.object({
      key: z.string(),
      level: z.enum(['block', 'prepayment']),
      signal: riskSignalSchema,
      accepted: z.boolean(),
    }),
  ),
  override: overrideSchema.nullable(),
  /** A cheque not yet paid: the day it clears, and that the order cannot be planned until then. */
  cheque: z.object({ receivedOn: z.string(), clearsOn: z.string() }).nullable(),
  /** The number a new order would get when none is typed. */
  nextNumber: z.string(),
});
export type OrderCheck = z.infer<typeof orderCheckSchema>;

export const ordersChannels = {
  'orders.check': channel({
    input: z
      .object({
        customerId: id,
        /** When editing: the order, whose earlier override counts. */
        orderId: id.optional(),
        total: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        paymentMethod: z.enum(PAYMENT_METHODS),
        paymentStatus: z.enum(PAYMENT_STATUSES),
        address: z.string().max(500).default(''),
        chequeReceivedOn: day.nullable().default(null),
      })
      .strict(),
    output: orderCheckSchema,
    role: 'operator',
  }),
  'orders.create': channel({ input: orderFieldsSchema.strict(), output: writeResult, role: 'operator' }),
  'orders.update': channel({
    input: orderFieldsSchema.extend({ id, expectedUpdatedAt: z.number().int() }).strict(),
    output: writeResult,
    role: 'operator',
  }),
  'orders.get': channel({
    input: z.object({ id }).strict(),
    output: z.object({
      order: orderSchema,
      timeline: z.array(timelineEntrySchema),
      signals: z.array(riskSignalSchema),
    }),
    role: 'operator',
  }),
  'orders.list': channel({
    input: z
      .object({
        from: day.optional(),
        to: day.optional(),
        dateField: z.enum(['ordered', 'delivery']).default('ordered'),
        statuses: z.array(z.enum(ORDER_STATUSES)).max(20).optional(),
        courierId: id.optional(),
        customerId: id.optional(),
        paymentMethod: z.enum(PAYMENT_METHODS).optional(),
        /**
         * flagged: the customer is marked caution or doubtful, or has an active blocklist entry;
         * overridden: the order was accepted despite a blocklist hit (with the owner's reason).
         */
        risk: z.enum(['flagged', 'overridden']).optional(),
        search: z.string().max(200).default(''),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict()
      .refine(...startNotAfterEnd),
    output: z.object({ total: z.number().int(), rows: z.array(orderListRowSchema) }),
    role: 'operator',
  }),
  /** Moves an order along its life; invalid steps are refused with the allowed ones named. */
  'orders.setStatus': channel({
    input: z
      .object({
        id,
        status: z.enum(ORDER_STATUSES),
        expectedUpdatedAt: z.number().int(),
        note: z.string().max(1000).default(''),
      })
      .strict(),
    output: orderSchema,
    role: 'operator',
  }),
  /** One delivery attempt with its outcome and cost (the courier's rate unless given). */
  'orders.recordAttempt': channel({
    input: z
      .object({
        id,
        expectedUpdatedAt: z.number().int(),
        outcome: z.enum(ATTEMPT_OUTCOMES),
        attemptedOn: day,
        cost: money.optional(),
        /** For a partial buyout: how many of each item the customer kept. */
        kept: z
          .array(z.object({ itemId: id, quantity: z.number().int().min(0) }))
          .max(500)
          .optional(),
        checkedInPresence: z.enum(CHECKED_IN_PRESENCE).optional(),
        /** Cash or card taken at the door, in minor units. */
        amountReceived: money.optional(),
        note: z.string().max(1000).default(''),
      })
      .strict(),
    output: orderSchema,
    role: 'operator',
  }),
  /**
   * A post parcel reached the customer's city or post office, on a day the post's tracking says
   * (scenario 8): the shop tells the customer. Recorded again to put a mistyped day right.
   */
  'orders.recordArrival': channel({
    input: z
      .object({
        id,
        expectedUpdatedAt: z.number().int(),
        arrivedOn: day,
        note: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: orderSchema,
    role: 'operator',
  }),
};
