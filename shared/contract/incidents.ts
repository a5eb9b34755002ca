import { z } from 'zod';
import { positiveAmountInput } from './money';
import { isIsoDate } from '../domain/dates';
import {
  COST_KINDS,
  DELIVERY_METHODS,
  FAULTS,
  INCIDENT_CAUSES,
  INCIDENT_CHANNELS,
  INCIDENT_STATUSES,
  RESOLUTIONS,
} from '../domain/enums';
import { WAITING_FOR } from '../domain/incidents';
import { evidenceSchema, evidenceUploadFields } from './evidence';
import { PROMO_CODE_MAX } from '../domain/promo-code';
import { attemptLossSchema } from './losses';
import { channel, startNotAfterEnd } from './define';

const id = z.number().int().positive();
const day = z.string().refine(isIsoDate, 'Use a date like 2026-11-24');
const money = positiveAmountInput;
const text = (max: number) => z.string().max(max, `At most ${max.toLocaleString('en')} characters`);
const reason = z.string().trim().min(1, 'Say why').max(1000);
/** Epoch milliseconds. */
const instant = z.number().int().positive();
/** The promo code or campaign it is about; core keeps it trimmed and upper-case, empty is none. */
const promoCode = text(PROMO_CODE_MAX).nullable().optional();

export const costLineInputSchema = z
  .object({
    kind: z.enum(COST_KINDS),
    amount: money,
    note: text(1000).default(''),
    /** The line's own day (a recovery: when the money came back); today when not given. */
    day: day.optional(),
  })
  .strict();

const incidentFields = {
  happenedOn: day.optional(),
  channel: z.enum(INCIDENT_CHANNELS),
  cause: z.enum(INCIDENT_CAUSES),
  fault: z.enum(FAULTS).default('unknown'),
  customerId: id.nullable().optional(),
  orderId: id.nullable().optional(),
  courierId: id.nullable().optional(),
  customerSays: text(4000).default(''),
  promised: text(4000).default(''),
  description: text(8000).default(''),
  /** When to come back to it ("call back within 12–24 h"); must be in the future. */
  followUpDue: instant.nullable().optional(),
  parcelWeightG: z.number().int('Whole grams').min(0, 'Not below zero').max(1_000_000).nullable().optional(),
  promoCode,
};

export const incidentCreateSchema = z
  .object({
    ...incidentFields,
    costs: z.array(costLineInputSchema).max(50).default([]),
    /**
     * Settled on the call (scenario 15: a promo complaint taken back for 200–500 roubles): the
     * incident is created resolved this way, with no follow-up; its creation is audited so.
     */
    settledOnCall: z.enum(RESOLUTIONS).optional(),
  })
  .strict();

export const incidentPatchSchema = z
  .object({
    id,
    expectedUpdatedAt: z.number().int(),
    happenedOn: day.optional(),
    channel: z.enum(INCIDENT_CHANNELS).optional(),
    cause: z.enum(INCIDENT_CAUSES).optional(),
    fault: z.enum(FAULTS).optional(),
    /** The owner's word that a customer-fault incident is not held against the customer (owner only). */
    notHeldAgainstCustomer: z.boolean().optional(),
    /** Resolved needs a resolution; waiting needs whom the shop waits for. */
    status: z.enum(INCIDENT_STATUSES).optional(),
    waitingFor: z.enum(WAITING_FOR).nullable().optional(),
    resolution: z.enum(RESOLUTIONS).nullable().optional(),
    customerId: id.nullable().optional(),
    orderId: id.nullable().optional(),
    courierId: id.nullable().optional(),
    customerSays: text(4000).optional(),
    promised: text(4000).optional(),
    description: text(8000).optional(),
    followUpDue: instant.nullable().optional(),
    parcelWeightG: z
      .number()
      .int('Whole grams')
      .min(0, 'Not below zero')
      .max(1_000_000)
      .nullable()
      .optional(),
    promoCode,
  })
  .strict();

export const costLineSchema = z.object({
  id: z.number().int(),
  kind: z.enum(COST_KINDS),
  amount: z.number().int(),
  note: z.string(),
  by: z.string(),
  at: z.number().int(),
  day: z.string(),
  voided: z.object({ at: z.number().int(), by: z.string(), reason: z.string() }).nullable(),
});

export const incidentSchema = z.object({
  id: z.number().int(),
  happenedOn: z.string(),
  channel: z.enum(INCIDENT_CHANNELS),
  cause: z.enum(INCIDENT_CAUSES),
  fault: z.enum(FAULTS),
  /**
   * The owner marked this customer-fault incident as not held against the customer: the call
   * desk's verdict does not count it (shared/domain/attribution.ts); its money is still a loss.
   */
  notHeldAgainstCustomer: z.boolean(),
  status: z.enum(INCIDENT_STATUSES),
  waitingFor: z.enum(WAITING_FOR).nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  customer: z.object({ id: z.number().int(), name: z.string(), phone: z.string().nullable() }).nullable(),
  order: z.object({ id: z.number().int(), number: z.string() }).nullable(),
  courier: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  customerSays: z.string(),
  promised: z.string(),
  description: z.string(),
  followUpDue: z.number().int().nullable(),
  overdue: z.boolean(),
  parcelWeightG: z.number().int().nullable(),
  promoCode: z.string().nullable(),
  /** Sums of the cost lines that are not voided, minor units; net = costs − recovered. */
  costs: z.number().int(),
  recovered: z.number().int(),
  net: z.number().int(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  /** The owner closed it (resolved or rejected): only the owner changes its status, cause, fault or resolution. */
  ownerDecision: z.object({ by: z.string(), at: z.number().int() }).nullable(),
  /** Pass back on edit: a change made meanwhile answers CONFLICT instead of being overwritten. */
  updatedAt: z.number().int(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentTimelineEntrySchema = z.object({
  at: z.number().int(),
  /** create, update, status, cost, void_cost, evidence, remove_evidence, note */
  action: z.string(),
  by: z.string().nullable(),
  /** Fields that changed, before → after (update and status entries). */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  note: z.string().nullable(),
});

export const incidentDetailSchema = z.object({
  incident: incidentSchema,
  costs: z.array(costLineSchema),
  evidence: z.array(evidenceSchema),
  /** The files of the incident's order (added before any complaint), shown beside its own. */
  orderEvidence: z.array(evidenceSchema),
  timeline: z.array(incidentTimelineEntrySchema),
  /**
   * The order's failed delivery attempts: already counted as losses of their own (cause "repeat
   * delivery"), listed here so nobody types them again as the incident's cost.
   */
  attemptLosses: z.array(attemptLossSchema),
});
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;

export const incidentListRowSchema = z.object({
  id: z.number().int(),
  happenedOn: z.string(),
  cause: z.enum(INCIDENT_CAUSES),
  fault: z.enum(FAULTS),
  /** Whether it weighs in the customer's verdict (false: the owner's "not held against them"). */
  countsAgainstCustomer: z.boolean(),
  status: z.enum(INCIDENT_STATUSES),
  waitingFor: z.enum(WAITING_FOR).nullable(),
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  orderId: z.number().int().nullable(),
  orderNumber: z.string().nullable(),
  courierName: z.string().nullable(),
  followUpDue: z.number().int().nullable(),
  overdue: z.boolean(),
  costs: z.number().int(),
  recovered: z.number().int(),
  net: z.number().int(),
});

export const incidentListInputSchema = z
  .object({
    statuses: z.array(z.enum(INCIDENT_STATUSES)).max(4).optional(),
    cause: z.enum(INCIDENT_CAUSES).optional(),
    fault: z.enum(FAULTS).optional(),
    overdue: z.boolean().optional(),
    courierId: id.optional(),
    customerId: id.optional(),
    orderId: id.optional(),
    /** Incidents on orders delivered this way (the reports' click-through). */
    deliveryMethod: z.enum(DELIVERY_METHODS).optional(),
    /** Incidents with no courier named (the reports' "no courier" bar). */
    withoutCourier: z.literal(true).optional(),
    /** Incidents not tied to an order (the reports' "no order" bar of delivery methods). */
    withoutOrder: z.literal(true).optional(),
    /** Incidents about this promo code or campaign (any case; compared as core keeps it). */
    promoCode: z.string().max(PROMO_CODE_MAX).optional(),
    from: day.optional(),
    to: day.optional(),
    /** Customer name, order number or what the customer said. */
    search: z.string().max(200).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
  .refine(...startNotAfterEnd);

export const incidentsChannels = {
  /** Logged during a call: cause, channel and who; fault and resolution can come later. */
  'incidents.create': channel({
    input: incidentCreateSchema,
    output: incidentDetailSchema,
    role: 'operator',
  }),
  'incidents.update': channel({ input: incidentPatchSchema, output: incidentDetailSchema, role: 'operator' }),
  'incidents.get': channel({
    input: z.object({ id }).strict(),
    output: incidentDetailSchema,
    role: 'operator',
  }),
  'incidents.list': channel({
    input: incidentListInputSchema,
    output: z.object({
      /** Counted and summed over everything the filter matches, not only this page. */
      total: z.number().int(),
      totals: z.object({ costs: z.number().int(), recovered: z.number().int(), net: z.number().int() }),
      rows: z.array(incidentListRowSchema),
    }),
    role: 'operator',
  }),
  /**
   * Resolves several open or waiting incidents at once with one resolution and reason (a day's
   * promo complaints). Each is changed and audited as if resolved alone; those that are already
   * closed (by the owner or anyone: bulk never overturns a decision) or changed meanwhile are
   * skipped and answered with why.
   */
  'incidents.resolveMany': channel({
    input: z
      .object({
        ids: z.array(id).min(1, 'Pick the incidents to resolve').max(500),
        resolution: z.enum(RESOLUTIONS),
        reason,
      })
      .strict(),
    output: z.object({
      resolved: z.array(z.number().int()),
      skipped: z.array(
        z.object({ id: z.number().int(), why: z.enum(['not_found', 'closed', 'owner_decision']) }),
      ),
    }),
    role: 'operator',
  }),
  'incidents.addCost': channel({
    input: z.object({ incidentId: id }).extend(costLineInputSchema.shape).strict(),
    output: incidentDetailSchema,
    role: 'operator',
  }),
  /** A wrong cost line is voided (kept, crossed out), never deleted. Money: owner only. */
  'incidents.voidCost': channel({
    input: z.object({ costId: id, reason }).strict(),
    output: incidentDetailSchema,
    role: 'owner',
  }),
  'incidents.addNote': channel({
    input: z.object({ incidentId: id, text: z.string().trim().min(1, 'Write the note').max(4000) }).strict(),
    output: incidentDetailSchema,
    role: 'operator',
  }),
  /** A file copied into the data folder, hashed; written completely or not at all. */
  'incidents.addEvidence': channel({
    input: z.object({ incidentId: id, ...evidenceUploadFields }).strict(),
    output: incidentDetailSchema,
    role: 'operator',
  }),
  /** Hidden from the incident, kept on disk and in the audit log. */
  'incidents.removeEvidence': channel({
    input: z.object({ id, reason }).strict(),
    output: incidentDetailSchema,
    role: 'owner',
  }),
};
