import { itemsTotal as sumOfItems } from '../../../shared/domain/money';
import type { FieldIssue } from '../../../shared/contract/result';
import type { OrderFields } from '../../../shared/contract/orders';
import { MAX_AMOUNT, MAX_AMOUNT_MESSAGE } from '../../../shared/contract/money';
import { awaitingCheque, chequeClearsOn } from '../../../shared/domain/cheque';
import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { AppError } from '../errors';

/** The shop's delivery hours: from the earliest window start to the latest window end. */
export function shopHours(settings: Settings): { from: string; to: string } {
  const starts = settings.deliveryWindows.map((w) => w.from).sort();
  const ends = settings.deliveryWindows.map((w) => w.to).sort();
  return { from: starts[0]!, to: ends[ends.length - 1]! };
}

/** The message for planning a cheque order before its cheque has cleared. */
export const chequeNotCleared = (clearsOn: string) =>
  `Paid by a cheque that has not cleared (expected ${clearsOn}): mark it paid once it clears, then plan the delivery.`;

/**
 * Checks an order against the database and the shop's settings; all problems at once.
 * `chequeReceivedOn` is the day its cheque was received, for a cheque order; `today` the shop's.
 */
export function validateOrder(
  db: Db,
  fields: OrderFields,
  settings: Settings,
  selfId: number | null,
  chequeReceivedOn: string,
  today: string,
): void {
  const issues: FieldIssue[] = [];
  // Each amount is bounded by the contract; the order's sum must be too, or a report would overflow.
  if (sumOfItems(fields.items) + fields.deliveryFee > MAX_AMOUNT) {
    issues.push({ path: 'items', message: MAX_AMOUNT_MESSAGE });
  }
  // An order keyed in after the fact carries the day it was placed; it cannot be placed later
  // than today (it would sit in a month that has not come yet).
  if (fields.orderedOn !== undefined && fields.orderedOn > today) {
    issues.push({ path: 'orderedOn', message: 'The order date cannot be after today.' });
  }
  // Scenario 2: the goods wait for the money. A delivery date is what puts an order on a plan.
  if (fields.deliveryDate && awaitingCheque(fields.paymentMethod, fields.paymentStatus)) {
    issues.push({
      path: 'deliveryDate',
      message: chequeNotCleared(chequeClearsOn(chequeReceivedOn, settings.risk.chequeClearanceDays)),
    });
  }
  const customer = db.prepare('select merged_into_id from customers where id = ?').get(fields.customerId) as
    { merged_into_id: number | null } | undefined;
  if (!customer) issues.push({ path: 'customerId', message: 'Pick a customer that exists.' });
  else if (customer.merged_into_id !== null) {
    issues.push({ path: 'customerId', message: 'This customer was merged into another; pick that one.' });
  }
  if (fields.courierId !== null) {
    const courier = db.prepare('select active from couriers where id = ?').get(fields.courierId) as
      { active: number } | undefined;
    if (!courier || courier.active !== 1)
      issues.push({ path: 'courierId', message: 'Pick an active courier.' });
  }
  if (fields.window) {
    const hours = shopHours(settings);
    if (fields.window.from < hours.from || fields.window.to > hours.to) {
      issues.push({
        path: 'window.from',
        message: `Outside the shop's delivery hours (${hours.from}–${hours.to}).`,
      });
    }
    if (!fields.deliveryDate)
      issues.push({ path: 'deliveryDate', message: 'A window needs a delivery date.' });
  }
  const clash = fields.number
    ? (db.prepare('select id from orders where number = ? collate nocase').get(fields.number) as
        { id: number } | undefined)
    : undefined;
  if (clash && clash.id !== selfId) {
    issues.push({ path: 'number', message: `Order number ${fields.number} already exists.` });
  }
  const itemsTotal = sumOfItems(fields.items);
  if (!Number.isSafeInteger(itemsTotal + fields.deliveryFee)) {
    issues.push({ path: 'items', message: 'The total is too large.' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', issues[0]!.message, issues);
}
