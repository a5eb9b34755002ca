import { z } from 'zod';
import { nameText } from '../domain/text';
import { channel } from './define';
import { blocklistHitSchema } from './blocklist';
import {
  INCIDENT_CAUSES,
  INCIDENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PHONE_KINDS,
} from '../domain/enums';
import { riskSignalSchema, VERDICTS } from '../domain/risk';
import { isValidTimeZone } from '../domain/dates';

const id = z.number().int().positive();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, for example 10:00');

export const phoneInputSchema = z.object({
  raw: z.string().trim().min(1, 'Enter the number').max(100),
  kind: z.enum(PHONE_KINDS).default('mobile'),
  verified: z.boolean().default(false),
});

const customerFieldShapes = {
  name: nameText(200),
  phones: z.array(phoneInputSchema).max(10),
  emails: z.array(z.string().trim().email('Not an e-mail address').max(200)).max(10),
  addresses: z.array(z.string().trim().min(1).max(500)).max(10),
  vip: z.boolean(),
  caution: z.boolean(),
  doubtful: z.boolean(),
  callFrom: hhmm.nullable(),
  callTo: hhmm.nullable(),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone').nullable(),
  doNotCall: z.boolean(),
  preferredCourierId: id.nullable(),
  deliveryNotes: z.string().max(2000),
  note: z.string().max(4000),
};

const CUSTOMER_DEFAULTS = {
  name: '',
  phones: [],
  emails: [],
  addresses: [],
  vip: false,
  caution: false,
  doubtful: false,
  callFrom: null,
  callTo: null,
  timeZone: null,
  doNotCall: false,
  preferredCourierId: null,
  deliveryNotes: '',
  note: '',
};

// Defaults are filled in after parsing, not by .default(), so that the patch schema below leaves
// a field it was not given untouched instead of resetting it.
export const customerFieldsSchema = z
  .object(customerFieldShapes)
  .partial()
  .strict()
  .transform((fields) => ({ ...CUSTOMER_DEFAULTS, ...fields }));
export const customerPatchSchema = z.object(customerFieldShapes).partial().extend({ id }).strict();
export type CustomerFields = z.output<typeof customerFieldsSchema>;

export const customerPhoneSchema = z.object({
  id: z.number().int(),
  raw: z.string(),
  e164: z.string().nullable(),
  kind: z.enum(PHONE_KINDS),
  verified: z.boolean(),
});

export const customerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  vip: z.boolean(),
  caution: z.boolean(),
  doubtful: z.boolean(),
  callFrom: z.string().nullable(),
  callTo: z.string().nullable(),
  timeZone: z.string().nullable(),
  doNotCall: z.boolean(),
  preferredCourier: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  deliveryNotes: z.string(),
  note: z.string(),
  createdAt: z.number().int(),
  archivedAt: z.number().int().nullable(),
  mergedIntoId: z.number().int().nullable(),
  phones: z.array(customerPhoneSchema),
  emails: z.array(z.object({ id: z.number().int(), email: z.string() })),
  addresses: z.array(z.object({ id: z.number().int(), address: z.string() })),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerStatsSchema = z.object({
  orders: z.number().int(),
  delivered: z.number().int(),
  partlyBoughtOut: z.number().int(),
  refusedOrReturned: z.number().int(),
  revenue: z.number().int(),
  /** Share of the goods value kept, over settled orders; null with none settled. */
  buyoutRatePercent: z.number().int().nullable(),
  incidents: z.number().int(),
  openIncidents: z.number().int(),
  losses: z.number().int(),
});

export const callNowSchema = z.object({
  allowed: z.boolean(),
  reason: z.enum(['ok', 'do_not_call', 'outside_hours']),
  localTime: z.string(),
  timeZone: z.string(),
});

export const customerCardSchema = z.object({
  customer: customerSchema,
  /**
   * Set when the record is archived (today: merged into another): it takes no new orders, and
   * the call desk sends the operator to the customer it became.
   */
  archived: z
    .object({
      at: z.number().int(),
      mergedInto: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    })
    .nullable(),
  stats: customerStatsSchema,
  verdict: z.enum(VERDICTS),
  signals: z.array(riskSignalSchema),
  hits: z.array(blocklistHitSchema),
  callNow: callNowSchema,
  lastOrders: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      orderedOn: z.string(),
      total: z.number().int(),
      status: z.enum(ORDER_STATUSES),
      paymentMethod: z.enum(PAYMENT_METHODS),
    }),
  ),
  openIncidents: z.array(
    z.object({
      id: z.number().int(),
      happenedOn: z.string(),
      cause: z.enum(INCIDENT_CAUSES),
      status: z.enum(INCIDENT_STATUSES),
      followUpDue: z.number().int().nullable(),
      overdue: z.boolean(),
    }),
  ),
  notes: z.array(z.object({ id: z.number().int(), text: z.string(), by: z.string(), at: z.number().int() })),
  duplicates: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      matchedOn: z.enum(['phone', 'email']),
      value: z.string(),
    }),
  ),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

export const searchResultSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  matchedOn: z.enum(['phone', 'email', 'name', 'order', 'tracking', 'address']),
  matchedValue: z.string(),
  verdict: z.enum(VERDICTS),
});

export const customerSearchSchema = z.object({
  kind: z.enum(['empty', 'phone', 'email', 'name', 'order']),
  /** The typed number in E.164 when it is a whole phone number. */
  phone: z.string().nullable(),
  results: z.array(searchResultSchema),
  /**
   * What the blocklist says about a detail no listed customer has: a whole number nobody has yet
   * (always, `value` in E.164), or an e-mail or full name that matches entries (only then).
   */
  unknown: z
    .object({
      kind: z.enum(['phone', 'email', 'name']),
      value: z.string(),
      verdict: z.enum(VERDICTS),
      hits: z.array(blocklistHitSchema),
    })
    .nullable(),
});
export type CustomerSearch = z.infer<typeof customerSearchSchema>;

export const customerListRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  vip: z.boolean(),
  caution: z.boolean(),
  doubtful: z.boolean(),
  doNotCall: z.boolean(),
  ordersCount: z.number().int(),
  revenue: z.number().int(),
  losses: z.number().int(),
  incidentsCount: z.number().int(),
});

/**
 * One changed field of a customer ("phones", "doubtful", "preferredCourier"…) or of a blocklist
 * entry about them ("blocklist", "exception", "reason"); a side that did not exist is null.
 */
export const customerChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type CustomerChange = z.infer<typeof customerChangeSchema>;

export const CUSTOMER_FLAGS = ['vip', 'caution', 'doubtful', 'do_not_call'] as const;
export const CUSTOMER_SORTS = ['name', 'revenue', 'losses', 'incidents', 'recent'] as const;

export const customersChannels = {
  'customers.search': channel({
    input: z.object({ query: z.string().max(200) }).strict(),
    output: customerSearchSchema,
    role: 'operator',
  }),
  'customers.card': channel({
    input: z.object({ id }).strict(),
    output: customerCardSchema,
    role: 'operator',
  }),
  'customers.list': channel({
    input: z
      .object({
        search: z.string().max(200).default(''),
        flag: z.enum(CUSTOMER_FLAGS).optional(),
        sort: z.enum(CUSTOMER_SORTS).default('name'),
        descending: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    // Counting 200k customers costs more than a page, so only the first page (offset 0) carries it.
    output: z.object({ total: z.number().int().nullable(), rows: z.array(customerListRowSchema) }),
    role: 'operator',
  }),
  'customers.create': channel({
    input: customerFieldsSchema,
    output: z.object({ id: z.number().int(), hits: z.array(blocklistHitSchema) }),
    role: 'operator',
  }),
  'customers.update': channel({
    input: customerPatchSchema,
    output: z.object({ id: z.number().int(), hits: z.array(blocklistHitSchema) }),
    role: 'operator',
  }),
  'customers.addNote': channel({
    input: z.object({ customerId: id, text: z.string().trim().min(1, 'Write the note').max(4000) }).strict(),
    output: z.object({ id: z.number().int() }),
    role: 'operator',
  }),
  'customers.history': channel({
    input: z
      .object({
        id,
        tab: z.enum(['orders', 'incidents', 'calls', 'changes']),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      rows: z.array(
        z.object({
          id: z.number().int(),
          at: z.string(),
          title: z.string(),
          detail: z.string(),
          amount: z.number().int().nullable(),
          /** The changes tab only: what changed, field by field, for the renderer to word. */
          changes: z.array(customerChangeSchema),
        }),
      ),
    }),
    role: 'operator',
  }),
  /** Moves every piece of the source's history to the target; the source is archived. */
  'customers.merge': channel({
    input: z
      .object({ targetId: id, sourceId: id })
      .strict()
      .refine((v) => v.targetId !== v.sourceId, {
        message: 'Pick two different customers',
        path: ['sourceId'],
      }),
    output: z.object({ id: z.number().int() }),
    role: 'owner',
  }),
};

// --- "Needs a decision" (issue 14): customers for whom a customer-level rule fired and nobody has
// acted yet (no prepayment or block entry for a buyout or refusal signal; not marked doubtful for
// the incident one). Computed off the main thread over the whole shop, then paged.

export const ATTENTION_RULES = ['low_buyout', 'refused_parcels', 'customer_fault_incidents'] as const;
export type AttentionRule = (typeof ATTENTION_RULES)[number];

export const attentionRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The first phone, E.164 where it parsed: what a prepayment-only entry is made for. */
  phone: z.string().nullable(),
  vip: z.boolean(),
  caution: z.boolean(),
  doubtful: z.boolean(),
  ordersCount: z.number().int(),
  losses: z.number().int(),
  /** The signals that ask for a decision, most serious first, each with the numbers that fired it. */
  signals: z.array(riskSignalSchema).min(1),
});
export type AttentionRow = z.infer<typeof attentionRowSchema>;

export const customersAttentionChannels = {
  'customers.attention': channel({
    input: z
      .object({
        rule: z.enum(ATTENTION_RULES).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(attentionRowSchema) }),
    role: 'operator',
  }),
};
