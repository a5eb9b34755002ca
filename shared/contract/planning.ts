import { z } from 'zod';
import { amountInput } from './money';
import { channel } from './define';
import { callNowSchema } from './customers';
import {
  ATTEMPT_OUTCOMES,
  CALL_OUTCOMES,
  DELIVERY_METHODS,
  HANDOVER_KINDS,
  MOVE_REASONS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
} from '../domain/enums';
import { isIsoDate } from '../domain/dates';

const id = z.number().int().positive();
const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, for example 11:00');
const windowSchema = z
  .object({ from: hhmm, to: hhmm })
  .refine((w) => w.from < w.to, { message: 'The window must end after it starts', path: ['to'] });

const doorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collect'), amount: z.number().int() }),
  z.object({ kind: z.literal('paid') }),
  z.object({ kind: z.literal('hold'), reason: z.enum(['cheque_not_cleared', 'not_paid']) }),
]);
/** A callback time in the shop's local time, 'YYYY-MM-DD HH:MM'. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-[01]\d-[0-3]\d ([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:30');

export const planStopSchema = z.object({
  orderId: z.number().int(),
  number: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  /** What the courier collects at the door (cash or card on delivery), minor units. */
  toCollect: z.number().int(),
  /** The door's word on money (shared/domain/door-payment.ts): collect, paid, or do not hand over. */
  door: doorSchema,
  /** The order's total and what was taken for it so far (end of day shows both per stop). */
  total: z.number().int(),
  /** What is owed for what the customer keeps: the total, or kept goods + delivery after a partial buyout. */
  due: z.number().int(),
  amountReceived: z.number().int(),
  caution: z.boolean(),
  deliveryNotes: z.string(),
  /** The post's or courier service's tracking number, when the order has one. */
  trackingNumber: z.string().nullable(),
  /** A post parcel: the day it reached the customer's city or post office, when recorded. */
  arrivedOn: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  courierId: z.number().int().nullable(),
  position: z.number().int().nullable(),
  updatedAt: z.number().int(),
  /** Still to be delivered this day: the end of day waits for its outcome (planning/day-lists.ts). */
  awaitingOutcome: z.boolean(),
  items: z.array(
    z.object({
      title: z.string(),
      quantity: z.number().int(),
      unitPrice: z.number().int(),
      /** Set once a partial buyout said how many the customer kept. */
      keptQuantity: z.number().int().nullable(),
    }),
  ),
  parcelWeightG: z.number().int().nullable(),
  /** The last delivery attempt recorded for this order on this day, if any. */
  dayOutcome: z.enum(ATTEMPT_OUTCOMES).nullable(),
  /** The order has since moved to another day (or none): it shows here only as the day's history. */
  history: z.boolean(),
  /** With history: the order's delivery day now (null when it has none). */
  movedTo: z.string().nullable(),
});
export type PlanStop = z.infer<typeof planStopSchema>;

export const dayPlanSchema = z.object({
  date: z.string(),
  windows: z.array(z.object({ from: z.string(), to: z.string() })),
  couriers: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      kind: z.string(),
      capacity: z.number().int().nullable(),
      stops: z.array(planStopSchema),
    }),
  ),
  unassigned: z.array(planStopSchema),
  /** Pickup-point and post orders: they get a message, not a call or a route. */
  messageOnly: z.array(planStopSchema),
});
export type DayPlan = z.infer<typeof dayPlanSchema>;

export const callListRowSchema = z.object({
  orderId: z.number().int(),
  number: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  courierName: z.string().nullable(),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  paymentMethod: z.enum(PAYMENT_METHODS),
  /** What the door collects (shared/domain/door-payment.ts), said on the call. */
  door: doorSchema,
  /**
   * "call": a confirmation call. "message": a pickup-point or post customer, or one who asked
   * not to be called: they get a message instead and do not count as calls still to make.
   */
  contact: z.enum(['call', 'message']),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  callHours: z.object({ from: z.string(), to: z.string() }).nullable(),
  callNow: callNowSchema,
  attempts: z.number().int(),
  lastOutcome: z.enum(CALL_OUTCOMES).nullable(),
  confirmed: z.boolean(),
  status: z.enum(ORDER_STATUSES),
  /** When the customer asked to be called again (the last call's), local 'YYYY-MM-DD HH:MM'. */
  callBackAt: z.string().nullable(),
  /** The last message sent instead of a call: when (ms) and by whom. */
  messageSent: z.object({ at: z.number().int(), by: z.string() }).nullable(),
});

/** Expected against handed over, for one kind of money; discrepancy above zero: the courier owes. */
const moneyBalanceSchema = z.object({
  expected: z.number().int(),
  handedOver: z.number().int(),
  discrepancy: z.number().int(),
});

export const courierCashSchema = z.object({
  courierId: z.number().int(),
  courierName: z.string(),
  date: z.string(),
  /** Cash taken at the door for this courier's delivered and partly bought out orders of the day. */
  expected: z.number().int(),
  /** Cash handed over for the day (each entry at its latest correction). */
  handedOver: z.number().int(),
  /** expected − handed over: above zero the courier owes, below zero the shop does. */
  discrepancy: z.number().int(),
  orders: z.number().int(),
  /** Card payments at the door against the terminal totals confirmed, apart from cash. */
  card: moneyBalanceSchema,
  /** What was still open from the days before this one (cash and card), and after it. */
  carried: z.object({ cash: z.number().int(), card: z.number().int() }),
  balance: z.object({ cash: z.number().int(), card: z.number().int() }),
  records: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(HANDOVER_KINDS),
      /** What counts: the latest correction's amount, or the amount as recorded. */
      handedOver: z.number().int(),
      /** The amount as first typed. */
      recorded: z.number().int(),
      note: z.string(),
      by: z.string(),
      at: z.number().int(),
      corrections: z.array(
        z.object({ amount: z.number().int(), reason: z.string(), by: z.string(), at: z.number().int() }),
      ),
    }),
  ),
});

/** A courier's running balance over every day up to a date: what they still owe. */
export const courierBalanceSchema = z.object({
  courierId: z.number().int(),
  courierName: z.string(),
  /** Cash expected but not handed over (below zero: handed over more than expected). */
  cash: z.number().int(),
  /** Card payments at the door not yet matched by a terminal total. */
  card: z.number().int(),
  /** The last day a handover was recorded for (null: never). */
  lastHandover: z.string().nullable(),
});

export const planningChannels = {
  'plan.day': channel({ input: z.object({ date: day }).strict(), output: dayPlanSchema, role: 'operator' }),
  /**
   * Moves orders, in the order given, to a courier (or none), and optionally another day and
   * window. Each order's `updatedAt` must still match, or nothing moves (CONFLICT).
   * Moving to another day puts the customer back on that day's call list. `reason` (why: asked
   * for when many orders go to another day) goes into each moved order's 'move' audit entry.
   */
  'plan.move': channel({
    input: z
      .object({
        orders: z
          .array(z.object({ id, updatedAt: z.number().int() }))
          .min(1, 'Pick orders to move')
          .max(1000),
        courierId: id.nullable().optional(),
        date: day.optional(),
        window: windowSchema.optional(),
        reason: z
          .object({ code: z.enum(MOVE_REASONS), text: z.string().trim().max(500).default('') })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({ moved: z.number().int() }),
    role: 'operator',
  }),
  'calls.list': channel({
    input: z.object({ date: day }).strict(),
    output: z.array(callListRowSchema),
    role: 'operator',
  }),
  /** One confirmation call. Outside call hours or do-not-call needs an explicit override reason. */
  'calls.log': channel({
    input: z
      .object({
        orderId: id,
        outcome: z.enum(CALL_OUTCOMES),
        note: z.string().max(1000).default(''),
        overrideReason: z.string().trim().max(500).optional(),
        reschedule: z.object({ date: day, window: windowSchema.nullable() }).optional(),
        /** "Call again at": when the customer asked to be called back. */
        callBackAt: localDateTime.optional(),
      })
      .strict()
      .refine((v) => v.outcome !== 'reschedule' || v.reschedule, {
        message: 'Pick the new date',
        path: ['reschedule'],
      })
      .refine((v) => !v.callBackAt || ['no_answer', 'busy', 'talked'].includes(v.outcome), {
        message: 'A callback time goes with “no answer”, “busy” or “talked” only',
        path: ['callBackAt'],
      }),
    output: callListRowSchema,
    role: 'operator',
  }),
  /** A message sent instead of a call, with its text as composed: recorded and audited. */
  'calls.messageSent': channel({
    input: z
      .object({ orderId: id, text: z.string().trim().min(1, 'The message is empty').max(2000) })
      .strict(),
    output: callListRowSchema,
    role: 'operator',
  }),
  'cash.day': channel({
    input: z.object({ date: day }).strict(),
    output: z.array(courierCashSchema),
    role: 'operator',
  }),
  'cash.record': channel({
    input: z
      .object({
        courierId: id,
        date: day,
        handedOver: amountInput,
        kind: z.enum(HANDOVER_KINDS).default('cash'),
        note: z.string().max(1000).default(''),
      })
      .strict(),
    output: courierCashSchema,
    role: 'operator',
  }),
  /**
   * Puts a mistyped handover right: a new, audited entry saying what the right amount was and
   * why; the entry itself never changes. Answers the day's cash of that courier.
   */
  'cash.correct': channel({
    input: z
      .object({
        id,
        amount: amountInput,
        reason: z.string().trim().min(1, 'Say why the amount was wrong').max(500),
      })
      .strict(),
    output: courierCashSchema,
    role: 'operator',
  }),
  /** Every courier's running balance up to a day (every day recorded by default): who still owes what. */
  'cash.ledger': channel({
    input: z.object({ date: day.optional() }).strict(),
    output: z.array(courierBalanceSchema),
    role: 'operator',
  }),
};
