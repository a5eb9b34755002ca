import type { ImportField, ImportProblem } from '../../../shared/contract/import';
import type {
  DELIVERY_METHODS,
  OrderStatus,
  PAYMENT_STATUSES,
  PaymentMethod,
} from '../../../shared/domain/enums';

// What the rows of a file become before anything is looked up in the database: one record per
// order (its rows grouped by number) or per customer, with the values the file gives.

export interface PhoneValue {
  raw: string;
  e164: string;
}

/** The customer a row names: found by phone, then e-mail; created from these values when unknown. */
export interface CustomerDraft {
  name: string;
  phones: PhoneValue[];
  emails: string[];
  addresses: string[];
  note: string;
}

export interface ItemValue {
  title: string;
  sku: string;
  quantity: number;
  unitPrice: number;
}

/**
 * The order values a file gives; undefined where its cell is empty or its column not mapped. An
 * update compares and writes only the given ones (an empty cell never erases what ShopDesk has);
 * a new order takes the defaults for the others.
 */
export interface OrderGiven {
  orderedOn?: string;
  address?: string;
  items?: ItemValue[];
  deliveryFee?: number;
  paymentMethod?: PaymentMethod;
  paymentStatus?: (typeof PAYMENT_STATUSES)[number];
  deliveryMethod?: (typeof DELIVERY_METHODS)[number];
  status?: OrderStatus;
  amountReceived?: number;
  deliveryDate?: string;
  window?: { from: string; to: string };
  trackingNumber?: string;
  comment?: string;
}

/** Everything a new order needs, the file's values over the defaults. */
export interface OrderValues {
  orderedOn: string;
  address: string;
  items: ItemValue[];
  deliveryFee: number;
  paymentMethod: PaymentMethod;
  paymentStatus: (typeof PAYMENT_STATUSES)[number];
  deliveryMethod: (typeof DELIVERY_METHODS)[number];
  status: OrderStatus;
  amountReceived: number;
  deliveryDate: string | null;
  window: { from: string; to: string } | null;
  trackingNumber: string | null;
  comment: string;
}

export interface OrderRecord {
  line: number;
  number: string;
  /** The number as the database compares it (COLLATE NOCASE folds ASCII letters only). */
  key: string;
  customer: CustomerDraft;
  given: OrderGiven;
  /** Items came from a total column (one line), so an update compares the goods total only. */
  itemsFromTotal: boolean;
  create: OrderValues;
}

export interface CustomerRecord {
  line: number;
  customer: CustomerDraft;
}

/** Problems of one file, and the record lines they make skip. */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];

  add(
    line: number,
    field: ImportField | null,
    column: number | null,
    value: string,
    code: ImportProblem['code'],
    message: string,
  ): void {
    this.problems.push({ line, field, column, value: value.slice(0, 300), code, message });
  }
}

/** Rows per value of a code column the file uses but nobody mapped. */
export type UnknownValues = Partial<Record<string, Map<string, number>>>;

export const orderKey = (number: string) => number.replace(/[A-Z]/g, (c) => c.toLowerCase());
