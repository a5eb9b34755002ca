import { z } from 'zod';
import { channel } from './define';
import { DELIVERY_METHODS, ORDER_STATUSES, PAYMENT_METHODS, PAYMENT_STATUSES } from '../domain/enums';
import { riskSignalSchema, VERDICTS } from '../domain/risk';
import { blocklistHitSchema } from './blocklist';

// Import of orders and customers from a CSV or XLSX file (issue 8). Every channel is the
// owner's: an import writes thousands of orders and customers at once, which is the owner's
// decision (like the export of the customer base, which the operator may not do either).
//
// The flow: upload the file once (it is kept under <data>/imports/ and named by uploadId from then
// on) → inspect with other reading options if the guess was wrong → dry run with a mapping (counts
// and every row with a problem, by its line in the file) → commit (the same checks again on the
// file, then one transaction: all accepted rows or nothing). Progress of a commit comes as
// `task.progress` with task 'import'.

/** The `step` of an import's `task.progress` events: reading the file, checking rows, writing. */
export const IMPORT_STEPS = ['read', 'check', 'write'] as const;

/** One call carries the whole file as base64 (the browser harness takes request bodies up to 32 MB). */
export const IMPORT_MAX_BYTES = 23 * 1024 * 1024;

export const IMPORT_TARGETS = ['orders', 'customers'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1251', 'utf-16le'] as const;
export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
/** How to read 03/04/2026: day first (most of the world) or month first (US). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;

/**
 * What a column of an orders file can be. One row is one order line: rows that share an order
 * number are the lines of one order (order-level columns are taken from its first row and must not
 * contradict it on the others). Required: number; customerPhone or customerEmail (how the customer
 * is found or created); unitPrice (with itemTitle or itemSku) or total (one line "goods of order N"
 * priced total − deliveryFee); paymentMethod and deliveryMethod, mapped or given in `defaults`.
 */
export const ORDER_IMPORT_FIELDS = [
  'number',
  'orderedOn',
  'customerName',
  'customerPhone',
  'customerEmail',
  'address',
  'itemTitle',
  'itemSku',
  'quantity',
  'unitPrice',
  'total',
  'deliveryFee',
  'paymentMethod',
  'paymentStatus',
  'deliveryMethod',
  'status',
  'amountReceived',
  'deliveryDate',
  'deliveryWindow',
  'trackingNumber',
  'comment',
] as const;
export type OrderImportField = (typeof ORDER_IMPORT_FIELDS)[number];

/** What a column of a customers file can be. Required: phone or email (how a customer is matched). */
export const CUSTOMER_IMPORT_FIELDS = ['name', 'phone', 'email', 'address', 'note'] as const;
export type CustomerImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number];

export const IMPORT_FIELDS = [...new Set([...ORDER_IMPORT_FIELDS, ...CUSTOMER_IMPORT_FIELDS])] as [
  OrderImportField | CustomerImportField,
  ...(OrderImportField | CustomerImportField)[],
];
export type ImportField = OrderImportField | CustomerImportField;

/** Columns whose cell values are codes; file values are matched to them (see `valueMaps`). */
export const IMPORT_ENUM_FIELDS = ['paymentMethod', 'paymentStatus', 'deliveryMethod', 'status'] as const;
export type ImportEnumField = (typeof IMPORT_ENUM_FIELDS)[number];

/** Why a row is skipped; the UI words it from `code`, `field` and `value` (`message` is English). */
export const IMPORT_PROBLEM_CODES = [
  /** A required value is empty; `field` says which (a price, an order number, a phone or e-mail …). */
  'missing',
  /** A payment or delivery method is empty and no value for every order was chosen. */
  'no_default',
  'bad_phone',
  'bad_email',
  'bad_date',
  /** Not an amount. */
  'bad_amount',
  /** An amount that can be read two ways ("1,234"). */
  'ambiguous_amount',
  /** More decimals than the currency has, or too large. */
  'amount_out_of_range',
  'negative_amount',
  /** Not a whole number of pieces. */
  'bad_quantity',
  /** Not between 1 and 100,000 pieces. */
  'quantity_out_of_range',
  /** Not a delivery window ("11:00-14:00"). */
  'bad_window',
  /** A window that ends before it starts. */
  'window_reversed',
  /** A window outside the shop's delivery hours (Settings). */
  'window_outside_hours',
  /** A window without a delivery date. */
  'window_needs_date',
  /** A value of a code column that is neither a known name nor in `valueMaps`. */
  'unknown_value',
  /** Too long, or otherwise refused by the same checks as an order typed in the form. */
  'invalid',
  /** The file's total is not the sum of its lines and delivery. */
  'total_mismatch',
  /** The file's total is less than its delivery fee. */
  'total_below_fee',
  /** A later row of the same order number says something else than its first row. */
  'conflicting_rows',
  /** The same customer appears on an earlier line of a customers file. */
  'duplicate',
  /** The order exists and is out for delivery or settled: the import does not change it. */
  'order_closed',
  /** The order exists and belongs to another customer than the file names. */
  'customer_differs',
  /** The file moves an existing order to a status it cannot reach from its current one. */
  'status_move',
] as const;

const uploadId = z.uuid('Upload the file again');
const columnIndex = z.number().int().min(0).max(999);

export const importOptionsSchema = z
  .object({
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    delimiter: z.enum(IMPORT_DELIMITERS).optional(),
    /** XLSX: the sheet's name (the first sheet when absent). */
    sheet: z.string().max(200).optional(),
    /** Rows above the header that are not data (a title merged across the columns, a blank line). */
    titleRows: z.number().int().min(0).max(50).optional(),
    /** 0: the file has no header, data starts at once; 2: a two-row header (names are joined). */
    headerRows: z.number().int().min(0).max(3).optional(),
    dateOrder: z.enum(DATE_ORDERS).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), columnIndex);
export type ImportMapping = z.infer<typeof mappingSchema>;

const MAX_VALUE_MAP = 500;
const valueMap = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .record(z.string().max(300), z.enum(values))
    .refine((m) => Object.keys(m).length <= MAX_VALUE_MAP, `At most ${MAX_VALUE_MAP} values`);

/**
 * File value → code, for values the app does not know by itself (it knows the codes and their
 * names in English and Russian). Keys are compared ignoring case, ё/е and extra spaces.
 */
export const valueMapsSchema = z
  .object({
    paymentMethod: valueMap(PAYMENT_METHODS).optional(),
    paymentStatus: valueMap(PAYMENT_STATUSES).optional(),
    deliveryMethod: valueMap(DELIVERY_METHODS).optional(),
    status: valueMap(ORDER_STATUSES).optional(),
  })
  .strict();
export type ImportValueMaps = z.infer<typeof valueMapsSchema>;

/**
 * Values for new orders where the column is not mapped or the cell is empty. Defaults never change
 * an existing order: an update compares and writes only mapped columns.
 */
export const importDefaultsSchema = z
  .object({
    paymentMethod: z.enum(PAYMENT_METHODS).optional(),
    paymentStatus: z.enum(PAYMENT_STATUSES).optional(),
    deliveryMethod: z.enum(DELIVERY_METHODS).optional(),
    status: z.enum(ORDER_STATUSES).optional(),
  })
  .strict();
export type ImportDefaults = z.infer<typeof importDefaultsSchema>;

/** The reading used: what was detected, with the caller's overrides applied. Pass back as `options`. */
export const importReadingSchema = z.object({
  /** Null for XLSX. */
  encoding: z.enum(IMPORT_ENCODINGS).nullable(),
  delimiter: z.enum(IMPORT_DELIMITERS).nullable(),
  /** Null for CSV. */
  sheet: z.string().nullable(),
  titleRows: z.number().int(),
  headerRows: z.number().int(),
  hasHeader: z.boolean(),
  dateOrder: z.enum(DATE_ORDERS),
});

export const importSetupSchema = z.object({
  target: z.enum(IMPORT_TARGETS),
  mapping: mappingSchema,
  valueMaps: valueMapsSchema,
  defaults: importDefaultsSchema,
});
export type ImportSetup = z.infer<typeof importSetupSchema>;

export const importInspectionSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  format: z.enum(IMPORT_FORMATS),
  detected: importReadingSchema,
  /** XLSX: every sheet's name; CSV: empty. */
  sheets: z.array(z.string()),
  columns: z.array(
    z.object({
      index: z.number().int(),
      /** The header text ("" without a header row; the UI then says "Column C"). */
      header: z.string(),
      /** Up to 5 non-empty values from the first data rows. */
      samples: z.array(z.string()),
    }),
  ),
  /** Data rows (blank rows not counted). */
  rowCount: z.number().int(),
  /** The file line of the first data row (1-based, as a spreadsheet shows it). */
  firstDataLine: z.number().int(),
  /** Same columns (by header, or by count without a header) → same key → the mapping is remembered. */
  layoutKey: z.string(),
  /** The mapping last used with this layout, if any. */
  savedMapping: importSetupSchema.nullable(),
  /**
   * A shop platform's export recognised by its header row ("shopify"), with its complete setup;
   * the window offers it unless the owner's remembered setup for this layout exists.
   */
  platform: z.object({ id: z.string(), labelKey: z.string(), setup: importSetupSchema }).nullable(),
  /** A guess from the header names, per target (empty without a header). */
  suggestions: z.object({ orders: mappingSchema, customers: mappingSchema }),
});
export type ImportInspection = z.infer<typeof importInspectionSchema>;

export const importProblemSchema = z.object({
  /** The file line (1-based, header lines counted), as the spreadsheet shows it. */
  line: z.number().int(),
  /** 0-based column index, when one column is at fault. */
  column: z.number().int().nullable(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  value: z.string(),
  code: z.enum(IMPORT_PROBLEM_CODES),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRiskHitSchema = z.object({
  line: z.number().int(),
  /** Null in a customers import. */
  orderNumber: z.string().nullable(),
  customer: z.object({
    /** Null for a customer the import creates. */
    id: z.number().int().nullable(),
    name: z.string(),
    phone: z.string().nullable(),
  }),
  verdict: z.enum(VERDICTS),
  /** The rules that fired, each with the facts that fired it (worded by the window, as on the customer card). */
  signals: z.array(riskSignalSchema),
  /** The blocklist entries the details match (the `blocklist` signal's who, when and why). */
  blocklist: z.array(blocklistHitSchema),
  /** The order as written, once a commit has written it; null before, and for a refused one. */
  orderId: z.number().int().nullable(),
  /**
   * imported: written and flagged (an order already delivered, settled or cancelled is history, and
   * history is recorded as it happened); refused: an order still to be delivered that the blocklist
   * refuses (block, or prepayment-only with payment on delivery), not written; overridden: written
   * anyway with the owner's `overrideReason` (audited, marked on the order).
   */
  outcome: z.enum(['imported', 'refused', 'overridden']),
});
export type ImportRiskHit = z.infer<typeof importRiskHitSchema>;

/** Lists are cut at this many entries; the totals say how many there were. */
export const IMPORT_LIST_LIMIT = 1000;

export const importSummarySchema = z.object({
  target: z.enum(IMPORT_TARGETS),
  /** Data rows read (blank rows not counted). */
  rows: z.number().int(),
  /** Orders (rows grouped by number) or customers in the file. */
  total: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  /** Orders or customers not written because of a problem (see problems). */
  skipped: z.number().int(),
  /** Orders the blocklist refuses (see riskHits); not written. */
  refused: z.number().int(),
  problems: z.array(importProblemSchema),
  problemsTotal: z.number().int(),
  /**
   * File values of code columns that are neither known nor mapped, with how many orders (or
   * customers) have each: an order's code columns are read from its first row.
   */
  unknownValues: z.partialRecord(
    z.enum(IMPORT_ENUM_FIELDS),
    z.array(z.object({ value: z.string(), count: z.number().int() })),
  ),
  /** Orders (or customers) to be created or updated that the blocklist or the risk rules flag. */
  riskHits: z.array(importRiskHitSchema),
  riskHitsTotal: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/**
 * What a run needs mapped: one field of each group, or for a `defaultable` group a value for every
 * order in `defaults` instead. One list for the check below and the screen's checklist.
 */
export interface ImportRequirement {
  id: 'number' | 'contact' | 'price' | 'paymentMethod' | 'deliveryMethod';
  any: readonly ImportField[];
  defaultable?: ImportEnumField;
  message: string;
}

export const IMPORT_REQUIREMENTS: Record<ImportTarget, readonly ImportRequirement[]> = {
  orders: [
    { id: 'number', any: ['number'], message: 'Pick the column with the order number' },
    {
      id: 'contact',
      any: ['customerPhone', 'customerEmail'],
      message: 'Pick the column with the phone or e-mail',
    },
    {
      id: 'price',
      any: ['unitPrice', 'total'],
      message: 'Pick the column with the price or the order total',
    },
    {
      id: 'paymentMethod',
      any: ['paymentMethod'],
      defaultable: 'paymentMethod',
      message: 'Pick a column, or a value for every order',
    },
    {
      id: 'deliveryMethod',
      any: ['deliveryMethod'],
      defaultable: 'deliveryMethod',
      message: 'Pick a column, or a value for every order',
    },
  ],
  customers: [
    { id: 'contact', any: ['phone', 'email'], message: 'Pick the column with the phone or e-mail' },
  ],
};

const runInputSchema = z
  .object({
    uploadId,
    options: importOptionsSchema.default({}),
    target: z.enum(IMPORT_TARGETS),
    mapping: mappingSchema,
    valueMaps: valueMapsSchema.default({}),
    defaults: importDefaultsSchema.default({}),
    /** The owner's reason to import open orders the blocklist refuses (each one is audited). */
    overrideReason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const allowed: readonly string[] =
      input.target === 'orders' ? ORDER_IMPORT_FIELDS : CUSTOMER_IMPORT_FIELDS;
    for (const field of Object.keys(input.mapping)) {
      if (!allowed.includes(field)) {
        ctx.addIssue({
          code: 'custom',
          path: ['mapping', field],
          message: `Not a field of ${input.target}`,
        });
      }
    }
    for (const rule of IMPORT_REQUIREMENTS[input.target]) {
      const met =
        rule.any.some((field) => input.mapping[field] !== undefined) ||
        (rule.defaultable !== undefined && input.defaults[rule.defaultable] !== undefined);
      if (!met) ctx.addIssue({ code: 'custom', path: ['mapping', rule.any[0]!], message: rule.message });
    }
  });
export type ImportRunInput = z.output<typeof runInputSchema>;

export const importHistoryRowSchema = z.object({
  id: z.number().int(),
  at: z.number().int(),
  by: z.string().nullable(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(IMPORT_FORMATS),
  target: z.enum(IMPORT_TARGETS),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  refused: z.number().int(),
});

export const importChannels = {
  /** Keeps the file under the data folder and reads it with the detected options. */
  'import.upload': channel({
    input: z
      .object({
        fileName: z.string().trim().min(1, 'The file needs a name').max(255),
        // Checked as base64 in the file worker, not here: a regex over 30 MB would hold up main.
        dataBase64: z
          .string()
          .min(1, 'The file is empty')
          .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, 'The file is larger than 23 MB'),
      })
      .strict(),
    output: importInspectionSchema,
    role: 'owner',
  }),
  /** The same file read with other options (encoding, delimiter, sheet, title and header rows). */
  'import.inspect': channel({
    input: z.object({ uploadId, options: importOptionsSchema.default({}) }).strict(),
    output: importInspectionSchema,
    role: 'owner',
  }),
  /** Everything a commit would do, written nowhere (the mapping is remembered for the layout). */
  'import.dryRun': channel({ input: runInputSchema, output: importSummarySchema, role: 'owner' }),
  /**
   * Checks the file again and writes the accepted rows in one transaction: all of them or nothing.
   * A file with nothing to create or update writes nothing at all (importId null).
   */
  'import.commit': channel({
    input: runInputSchema,
    output: importSummarySchema.extend({ importId: z.number().int().nullable() }),
    role: 'owner',
  }),
  /** Past imports, newest first. */
  'import.history': channel({
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(importHistoryRowSchema) }),
    role: 'owner',
  }),
};
