import { itemsTotal as sumOfItems } from '../../../shared/domain/money';
import { localDate } from '../../../shared/domain/dates';
import type { OrderFields } from '../../../shared/contract/orders';
import { OPEN_STATUSES } from '../../../shared/domain/order-status';
import { changedFields, writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { assessCustomer, type Assessment } from '../customers/assess';
import { getCustomerRow, loadCustomer } from '../customers/rows';
import { conflict } from '../errors';
import { enforceOrderPolicy } from '../risk/order-policy';
import { statusForDeliveryDate } from '../planning/day-lists';
import { readSettings } from '../settings/store';
import { chequeReceivedOn, keepCheque } from './cheque';
import { takeOrderNumber } from './numbering';
import { orderOverride } from './override';
import { settlePrepayment } from './payment';
import { assertNoMoneyOffYet } from './sold-cheaper';
import { getOrder } from './read';
import { validateOrder } from './validate';

function totals(fields: OrderFields) {
  const itemsTotal = sumOfItems(fields.items);
  return { itemsTotal, total: itemsTotal + fields.deliveryFee };
}

function assess(ctx: CoreContext, fields: OrderFields, total: number): Assessment {
  const settings = readSettings(ctx.db);
  const customer = loadCustomer(ctx.db, getCustomerRow(ctx.db, fields.customerId)!);
  return assessCustomer(ctx.db, customer, settings, ctx.now(), {
    total,
    paymentMethod: fields.paymentMethod,
    address: fields.address,
  });
}

function insertItems(ctx: CoreContext, orderId: number, fields: OrderFields) {
  const insert = ctx.db.prepare(
    'insert into order_items (order_id, title, sku, quantity, unit_price) values (?, ?, ?, ?, ?)',
  );
  for (const item of fields.items) insert.run(orderId, item.title, item.sku, item.quantity, item.unitPrice);
}

const COLUMNS = `number = $number, customer_id = $customerId, ordered_on = $orderedOn, items_total = $itemsTotal,
  delivery_fee = $deliveryFee, total = $total, payment_method = $paymentMethod, payment_status = $paymentStatus,
  delivery_method = $deliveryMethod, address = $address, delivery_date = $deliveryDate, window_from = $windowFrom,
  window_to = $windowTo, courier_id = $courierId, tracking_number = $trackingNumber, parcel_weight_g = $weight,
  customer_comment = $comment, updated_at = $at`;

function columnValues(fields: OrderFields, orderedOn: string, at: number) {
  const { itemsTotal, total } = totals(fields);
  return {
    number: fields.number,
    customerId: fields.customerId,
    orderedOn,
    itemsTotal,
    deliveryFee: fields.deliveryFee,
    total,
    paymentMethod: fields.paymentMethod,
    paymentStatus: fields.paymentStatus,
    deliveryMethod: fields.deliveryMethod,
    address: fields.address,
    deliveryDate: fields.deliveryDate,
    windowFrom: fields.window?.from ?? null,
    windowTo: fields.window?.to ?? null,
    courierId: fields.courierId,
    trackingNumber: fields.trackingNumber,
    weight: fields.parcelWeightG,
    comment: fields.customerComment,
    at,
  };
}

/** Creates an order: validated, checked against the blocklist (refused or owner-overridden), risk-assessed. */
export function createOrder(ctx: CoreContext, fields: OrderFields) {
  const settings = readSettings(ctx.db);
  const at = ctx.now();
  const today = localDate(at, settings.timeZone);
  validateOrder(
    ctx.db,
    fields,
    settings,
    null,
    chequeReceivedOn(ctx.db, null, fields.chequeReceivedOn, today),
    today,
  );
  const orderedOn = fields.orderedOn ?? today;
  const assessment = assess(ctx, fields, totals(fields).total);
  const status = fields.deliveryDate ? 'scheduled' : 'new';
  const id = ctx.db.transaction(() => {
    // Inside the transaction: a refused order gives its number back.
    const number = fields.number || takeOrderNumber(ctx.db, settings);
    const values = columnValues({ ...fields, number }, orderedOn, at);
    const orderId = Number(
      ctx.db
        .prepare(
          `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee, total,
             payment_method, payment_status, delivery_method, address, delivery_date, window_from, window_to, courier_id,
             tracking_number, parcel_weight_g, customer_comment, status, taken_total)
           values ($number, $customerId, $at, $at, $orderedOn, $itemsTotal, $deliveryFee, $total, $paymentMethod,
             $paymentStatus, $deliveryMethod, $address, $deliveryDate, $windowFrom, $windowTo, $courierId,
             $trackingNumber, $weight, $comment, $status, $total)`,
        )
        .run({ ...values, status }).lastInsertRowid,
    );
    // Inside the transaction: a refusal leaves nothing behind; an override is audited with the id.
    const override = enforceOrderPolicy(ctx, {
      signals: assessment.signals,
      paymentMethod: fields.paymentMethod,
      overrideReason: fields.overrideReason,
      orderRef: { entity: 'order', entityId: orderId, number },
    });
    markOverride(ctx, orderId, override);
    // An order typed in after the fact was prepaid on its own day, not on the day it was typed.
    settlePrepayment(ctx.db, orderId, orderedOn);
    insertItems(ctx, orderId, fields);
    keepCheque(ctx, orderId, fields, settings);
    ctx.db
      .prepare(
        'insert into order_status_changes (order_id, from_status, to_status, staff_id, at) values (?, null, ?, ?, ?)',
      )
      .run(orderId, status, ctx.session.staffId, at);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'create',
      entity: 'order',
      entityId: orderId,
      after: { number, total: values.total, paymentMethod: fields.paymentMethod },
    });
    return orderId;
  })();
  return { order: getOrder(ctx.db, id), signals: assessment.signals, hits: assessment.hits };
}

/** The order remembers the blocklist override it was accepted with (an earlier one stays). */
function markOverride(
  ctx: CoreContext,
  orderId: number,
  override: { reason: string; staffId: number } | null,
) {
  if (!override) return;
  ctx.db
    .prepare('update orders set risk_override_reason = ?, risk_override_by = ? where id = ?')
    .run(override.reason, override.staffId, orderId);
}

/** Edits an open order. A change made meanwhile (updatedAt moved on) answers CONFLICT. */
export function updateOrder(ctx: CoreContext, id: number, expectedUpdatedAt: number, fields: OrderFields) {
  const before = getOrder(ctx.db, id);
  if (before.updatedAt !== expectedUpdatedAt) {
    throw conflict('This order was changed meanwhile by someone else. Reload it and make your change again.');
  }
  if (!OPEN_STATUSES.includes(before.status)) {
    throw conflict(
      'This order is already out for delivery or settled; record an outcome or an incident instead.',
    );
  }
  const settings = readSettings(ctx.db);
  const today = localDate(ctx.now(), settings.timeZone);
  validateOrder(
    ctx.db,
    fields,
    settings,
    id,
    chequeReceivedOn(ctx.db, id, fields.chequeReceivedOn, today),
    today,
  );
  // An edit keeps the number unless one is typed.
  const number = fields.number || before.number;
  const assessment = assess(ctx, fields, totals(fields).total);
  const at = Math.max(ctx.now(), before.updatedAt + 1);
  assertNoMoneyOffYet(ctx.db, id, totals(fields).total);
  ctx.db.transaction(() => {
    // The owner's earlier acceptance stands for whatever it accepted: the operator can still move
    // the date; only a new refusal needs the owner again.
    const override = enforceOrderPolicy(ctx, {
      signals: assessment.signals,
      paymentMethod: fields.paymentMethod,
      overrideReason: fields.overrideReason,
      accepted: orderOverride(ctx.db, id)?.keys,
      orderRef: { entity: 'order', entityId: id, number },
    });
    ctx.db
      .prepare(`update orders set ${COLUMNS} where id = $id`)
      .run({ ...columnValues({ ...fields, number }, fields.orderedOn ?? before.orderedOn, at), id });
    markOverride(ctx, id, override);
    settlePrepayment(ctx.db, id, today);
    // A date typed into the order moves it like the board does (day-lists.ts): a "new" one given a
    // date, a "not at home" one given a second try, go on that day's call and end-of-day lists.
    const status = statusForDeliveryDate(before.status, before.deliveryDate, fields.deliveryDate);
    if (status !== before.status) {
      ctx.db.prepare('update orders set status = ? where id = ?').run(status, id);
      ctx.db
        .prepare(
          'insert into order_status_changes (order_id, from_status, to_status, staff_id, at, note) values (?, ?, ?, ?, ?, ?)',
        )
        .run(id, before.status, status, ctx.session.staffId, at, `rescheduled to ${fields.deliveryDate}`);
    }
    ctx.db.prepare('delete from order_items where order_id = ?').run(id);
    insertItems(ctx, id, fields);
    keepCheque(ctx, id, fields, settings);
    // Only what this edit changed, both sides: the log reads "Delivery date: 14 Mar → 17 Mar".
    const changes = changedFields(before, getOrder(ctx.db, id), ['updatedAt']);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'update',
      entity: 'order',
      entityId: id,
      ...changes,
    });
  })();
  return { order: getOrder(ctx.db, id), signals: assessment.signals, hits: assessment.hits };
}
