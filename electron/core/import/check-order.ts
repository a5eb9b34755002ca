import { itemsTotal } from '../../../shared/domain/money';
import type { z } from 'zod';
import type { ImportProblem, OrderImportField } from '../../../shared/contract/import';
import { orderFieldsSchema } from '../../../shared/contract/orders';
import { MAX_AMOUNT } from '../../../shared/contract/money';
import type { OrderValues } from './records';
import type { DataRow } from './table';

// The checks an order typed in the form gets (orders.create's schema, the shop's delivery hours, a
// window only with a date, a total that fits), over the values a file's order would be written
// with. Each problem goes beside the column and line it came from.

export type Report = (
  row: DataRow,
  field: OrderImportField,
  code: ImportProblem['code'],
  message: string,
) => void;

/** The order form's own schema and shop rules over the values a new order would get. */
export function checkOrder(
  rows: DataRow[],
  number: string,
  values: OrderValues,
  fromTotal: boolean,
  hours: { from: string; to: string },
  report: Report,
): boolean {
  const first = rows[0]!;
  let good = true;
  for (const field of ['paymentMethod', 'deliveryMethod'] as const) {
    if (values[field] === undefined) {
      report(first, field, 'no_default', 'No value, and no value for every order was given.');
      good = false;
    }
  }
  const parsed = orderFieldsSchema.safeParse({
    number,
    customerId: 1,
    orderedOn: values.orderedOn,
    items: values.items,
    deliveryFee: values.deliveryFee,
    paymentMethod: values.paymentMethod,
    paymentStatus: values.paymentStatus,
    deliveryMethod: values.deliveryMethod,
    address: values.address,
    deliveryDate: values.deliveryDate,
    window: values.window,
    trackingNumber: values.trackingNumber,
    customerComment: values.comment,
  });
  if (!parsed.success) {
    schemaIssues(rows, parsed.error, fromTotal, report);
    good = false;
  }
  if (values.window) {
    if (values.window.from < hours.from || values.window.to > hours.to) {
      report(
        first,
        'deliveryWindow',
        'window_outside_hours',
        `Outside the shop's delivery hours (${hours.from}–${hours.to}).`,
      );
      good = false;
    }
    if (!values.deliveryDate) {
      report(first, 'deliveryWindow', 'window_needs_date', 'A window needs a delivery date.');
      good = false;
    }
  }
  const total = itemsTotal(values.items) + values.deliveryFee;
  if (!Number.isSafeInteger(total) || total > MAX_AMOUNT) {
    report(first, fromTotal ? 'total' : 'unitPrice', 'amount_out_of_range', 'The total is too large.');
    good = false;
  }
  return good;
}

/** Each schema issue beside the file's column and line it came from. */
function schemaIssues(rows: DataRow[], error: z.ZodError, fromTotal: boolean, report: Report) {
  const ITEM: Record<string, OrderImportField> = {
    title: 'itemTitle',
    sku: 'itemSku',
    quantity: 'quantity',
    unitPrice: 'unitPrice',
  };
  const FIELD: Record<string, OrderImportField> = {
    number: 'number',
    orderedOn: 'orderedOn',
    deliveryFee: 'deliveryFee',
    address: 'address',
    deliveryDate: 'deliveryDate',
    window: 'deliveryWindow',
    trackingNumber: 'trackingNumber',
    customerComment: 'comment',
    paymentMethod: 'paymentMethod',
    deliveryMethod: 'deliveryMethod',
    paymentStatus: 'paymentStatus',
  };
  for (const issue of error.issues) {
    const [head, index, leaf] = issue.path.map(String);
    if (head === 'items') {
      const row = (!fromTotal && index !== undefined ? rows[Number(index)] : undefined) ?? rows[0]!;
      const field = fromTotal
        ? leaf === 'title'
          ? 'itemTitle'
          : 'total'
        : (ITEM[leaf ?? ''] ?? 'unitPrice');
      report(row, field, 'invalid', issue.message);
    } else report(rows[0]!, FIELD[head ?? ''] ?? 'number', 'invalid', issue.message);
  }
}
