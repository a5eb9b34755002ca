import {
  IMPORT_ENUM_FIELDS,
  type ImportDefaults,
  type ImportEnumField,
  type ImportMapping,
  type ImportValueMaps,
  type OrderImportField,
} from '../../../shared/contract/import';
import type { Settings } from '../../../shared/domain/settings';
import { shopHours } from '../orders/validate';
import { PAID_ON_DELIVERY } from '../../../shared/domain/order-policy';
import { knownValues } from './aliases';
import {
  orderKey,
  ProblemLog,
  type ItemValue,
  type OrderGiven,
  type OrderRecord,
  type OrderValues,
  type UnknownValues,
} from './records';
import { checkOrder, type Report } from './check-order';
import { cellReader, customerOf, phoneParser, type CellReader } from './row-parts';
import type { DataRow, Table } from './table';
import { codeReader, parseAmount, parseDay, parseQuantity, parseWindow, type Parsed } from './values';
import { currencyDigits, itemsTotal } from '../../../shared/domain/money';

// Rows of an orders file → one record per order number (rows that share a number are the lines
// of one order), each checked with the same schema and shop rules as an order typed in the form.
// A record with any problem is skipped as a whole; every problem names its file line.

export interface OrderRowsSetup {
  mapping: ImportMapping;
  valueMaps: ImportValueMaps;
  defaults: ImportDefaults;
  settings: Settings;
  dateOrder: 'dmy' | 'mdy';
  /** The shop's local day: a new order without a date is ordered today. */
  today: string;
}

export interface OrderRows {
  records: OrderRecord[];
  log: ProblemLog;
  unknown: UnknownValues;
  /** Orders in the file (numberless rows count one each). */
  total: number;
  skipped: number;
}

const ITEM_FIELDS: readonly OrderImportField[] = ['itemTitle', 'itemSku', 'quantity', 'unitPrice'];
const GOODS: Record<Settings['language'], string> = { en: 'Goods of order', ru: 'Товары заказа' };

class OrderReader {
  readonly log = new ProblemLog();
  readonly unknown: UnknownValues = {};
  private readonly read: CellReader;
  private readonly parsePhone;
  private readonly digits: number;
  private readonly codes: Record<ImportEnumField, (text: string) => string | undefined>;
  private readonly orderLevel: OrderImportField[];
  private readonly hours: { from: string; to: string };

  private readonly days = new Map<string, Parsed<string>>();

  constructor(
    private readonly setup: OrderRowsSetup,
    read: CellReader,
  ) {
    this.read = read;
    this.parsePhone = phoneParser(setup.settings.country);
    this.digits = currencyDigits(setup.settings.currency);
    this.codes = Object.fromEntries(
      IMPORT_ENUM_FIELDS.map((field) => [
        field,
        codeReader(setup.valueMaps[field] as Record<string, string> | undefined, knownValues(field)),
      ]),
    ) as Record<ImportEnumField, (text: string) => string | undefined>;
    this.orderLevel = (Object.keys(setup.mapping) as OrderImportField[]).filter(
      (f) => !ITEM_FIELDS.includes(f),
    );
    this.hours = shopHours(setup.settings);
  }

  private readonly report: Report = (row, field, code, message) => this.problem(row, field, code, message);

  private problem(
    row: DataRow,
    field: OrderImportField,
    code: Parameters<ProblemLog['add']>[4],
    message: string,
  ) {
    const column = this.setup.mapping[field] ?? null;
    this.log.add(row.line, field, column, this.read(row, field), code, message);
  }

  /** A mapped, non-empty cell through a parser; undefined when empty or refused (logged). */
  private parsed<T>(
    row: DataRow,
    field: OrderImportField,
    parse: (text: string) => Parsed<T>,
  ): T | undefined {
    const text = this.read(row, field);
    if (!text) return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    this.problem(row, field, result.code, result.message);
    return undefined;
  }

  /** Prices repeat across a file: each different text is read once. */
  private readonly amounts = new Map<string, Parsed<number>>();
  private readonly readAmount = (text: string): Parsed<number> => {
    let parsed = this.amounts.get(text);
    if (!parsed) {
      parsed = parseAmount(text, this.setup.settings.currency, this.digits);
      if (this.amounts.size < 50_000) this.amounts.set(text, parsed);
    }
    return parsed;
  };

  private amount(row: DataRow, field: OrderImportField) {
    return this.parsed(row, field, this.readAmount);
  }

  private code<T extends string>(row: DataRow, field: ImportEnumField): T | undefined {
    const text = this.read(row, field);
    if (!text) return undefined;
    const code = this.codes[field](text);
    if (code !== undefined) return code as T;
    const counts = (this.unknown[field] ??= new Map());
    counts.set(text, (counts.get(text) ?? 0) + 1);
    this.problem(row, field, 'unknown_value', `${text} is not a known value; map it to one.`);
    return undefined;
  }

  private item(row: DataRow): ItemValue | undefined {
    const unitPrice = this.amount(row, 'unitPrice');
    const quantity = this.parsed(row, 'quantity', parseQuantity) ?? 1;
    const sku = this.read(row, 'itemSku');
    const title = this.read(row, 'itemTitle') || sku;
    if (!this.read(row, 'unitPrice')) this.problem(row, 'unitPrice', 'missing', 'No price for this line.');
    if (!title) {
      const field = this.setup.mapping.itemTitle !== undefined ? 'itemTitle' : 'itemSku';
      this.problem(row, field, 'missing', 'No item name or SKU for this line.');
    }
    return unitPrice === undefined || !title ? undefined : { title, sku, quantity, unitPrice };
  }

  /** A file has a few hundred different days over 100,000 rows: each is read once. */
  private readonly day = (text: string): Parsed<string> => {
    let parsed = this.days.get(text);
    if (!parsed) this.days.set(text, (parsed = parseDay(text, this.setup.dateOrder)));
    return parsed;
  };

  private given(first: DataRow): OrderGiven {
    const day = this.day;
    const text = (field: OrderImportField) => this.read(first, field) || undefined;
    return {
      orderedOn: this.parsed(first, 'orderedOn', day),
      address: text('address'),
      deliveryFee: this.amount(first, 'deliveryFee'),
      paymentMethod: this.code(first, 'paymentMethod'),
      paymentStatus: this.code(first, 'paymentStatus'),
      deliveryMethod: this.code(first, 'deliveryMethod'),
      status: this.code(first, 'status'),
      amountReceived: this.amount(first, 'amountReceived'),
      deliveryDate: this.parsed(first, 'deliveryDate', day),
      window: this.parsed(first, 'deliveryWindow', parseWindow),
      trackingNumber: text('trackingNumber'),
      comment: text('comment'),
    };
  }

  /** Lines of the order: one per row with a price column, or one line of the order's total. */
  private items(rows: DataRow[], number: string, given: OrderGiven): ItemValue[] | undefined {
    const first = rows[0]!;
    const total = this.amount(first, 'total');
    const fee = given.deliveryFee ?? 0;
    if (this.setup.mapping.unitPrice !== undefined) {
      const items = rows.map((row) => this.item(row));
      if (items.some((i) => i === undefined)) return undefined;
      const lines = items as ItemValue[];
      const sum = itemsTotal(lines) + fee;
      if (total !== undefined && total !== sum) {
        this.problem(
          first,
          'total',
          'total_mismatch',
          `The total ${this.read(first, 'total')} is not the lines plus delivery.`,
        );
        return undefined;
      }
      return lines;
    }
    if (!this.read(first, 'total')) {
      this.problem(first, 'total', 'missing', 'No order total.');
      return undefined;
    }
    if (total === undefined) return undefined;
    if (total < fee) {
      this.problem(first, 'total', 'total_below_fee', 'The total is less than the delivery fee.');
      return undefined;
    }
    const title = this.read(first, 'itemTitle') || `${GOODS[this.setup.settings.language]} ${number}`;
    return [{ title, sku: this.read(first, 'itemSku'), quantity: 1, unitPrice: total - fee }];
  }

  private conflicts(rows: DataRow[]) {
    const first = rows[0]!;
    for (const row of rows.slice(1)) {
      for (const field of this.orderLevel) {
        const value = this.read(row, field);
        if (value && value !== this.read(first, field)) {
          this.problem(
            row,
            field,
            'conflicting_rows',
            `Says something else than line ${first.line} of the same order.`,
          );
        }
      }
    }
  }

  private createValues(given: OrderGiven, items: ItemValue[]): OrderValues {
    const { defaults } = this.setup;
    const deliveryFee = given.deliveryFee ?? 0;
    const status = given.status ?? defaults.status ?? (given.deliveryDate ? 'scheduled' : 'new');
    const total = itemsTotal(items) + deliveryFee;
    const paymentStatus = given.paymentStatus ?? defaults.paymentStatus ?? 'unpaid';
    // Both are mapped or defaulted (the input schema insists); a row without one was logged.
    const paymentMethod = given.paymentMethod ?? defaults.paymentMethod!;
    return {
      orderedOn: given.orderedOn ?? this.setup.today,
      address: given.address ?? '',
      items,
      deliveryFee,
      paymentMethod,
      paymentStatus,
      deliveryMethod: given.deliveryMethod ?? defaults.deliveryMethod!,
      status,
      // As for a delivery recorded in the app: a delivered order was paid in full unless the file says;
      // as for the order form (orders/payment.ts): a prepaid order marked paid holds its total.
      amountReceived:
        given.amountReceived ??
        (status === 'delivered' || (paymentStatus === 'paid' && !PAID_ON_DELIVERY.includes(paymentMethod))
          ? total
          : 0),
      deliveryDate: given.deliveryDate ?? null,
      window: given.window ?? null,
      trackingNumber: given.trackingNumber ?? null,
      comment: given.comment ?? '',
    };
  }

  order(rows: DataRow[]): OrderRecord | null {
    const first = rows[0]!;
    const before = this.log.problems.length;
    const number = this.read(first, 'number');
    const customer = customerOf(
      first,
      { name: 'customerName', phone: 'customerPhone', email: 'customerEmail', address: 'address' },
      this.read,
      this.setup.mapping,
      this.parsePhone,
      this.log,
    );
    const given = this.given(first);
    this.conflicts(rows);
    const items = this.items(rows, number, given);
    if (this.log.problems.length > before || !customer || !items) return null;
    given.items = items;
    const fromTotal = this.setup.mapping.unitPrice === undefined;
    const values = this.createValues(given, items);
    if (!checkOrder(rows, number, values, fromTotal, this.hours, this.report)) return null;
    return {
      line: first.line,
      number,
      key: orderKey(number),
      customer,
      given,
      itemsFromTotal: fromTotal,
      create: values,
    };
  }

  numberless(row: DataRow) {
    this.problem(row, 'number', 'missing', 'No order number.');
  }
}

export function orderRows(table: Table, setup: OrderRowsSetup): OrderRows {
  const read = cellReader(setup.mapping, table.rows);
  const reader = new OrderReader(setup, read);
  const groups = new Map<string, DataRow[]>();
  let numberless = 0;
  for (const row of table.rows) {
    const number = read(row, 'number');
    if (!number) {
      reader.numberless(row);
      numberless++;
      continue;
    }
    const key = orderKey(number);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const records: OrderRecord[] = [];
  for (const rows of groups.values()) {
    const record = reader.order(rows);
    if (record) records.push(record);
  }
  return {
    records,
    log: reader.log,
    unknown: reader.unknown,
    total: groups.size + numberless,
    skipped: groups.size - records.length + numberless,
  };
}
