import {
  DELIVERY_METHODS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderStatus,
} from '../../../shared/domain/enums';
import type { CallRow } from './order-calls';
import {
  BANK,
  CARD_ON_DELIVERY,
  CARD_ONLINE,
  CHEQUE,
  COD,
  deliveryFee,
  E_WALLET,
  FOOT,
  isPaidUpFront,
  linesWeight,
  OWN,
  POST,
  SERVICE,
  type OrderPlan,
} from './order-plan';
import { rowId } from './statements';
import { DELIVERY_WINDOWS, type DemoState } from './state';

// Writes one planned order life (order-life.ts): the order row with its money and current status,
// its lines, the status changes, visits and calls that have happened by `now`, and its compact
// facts in the order log for incidents and the courier cash ledger.

const MIN = 60_000;
const DAY = 86_400_000;
export const STATUS_CODE = Object.fromEntries(ORDER_STATUSES.map((s, i) => [s, i])) as Record<
  OrderStatus,
  number
>;

export type VisitOutcome =
  'delivered' | 'partly_bought_out' | 'refused' | 'not_at_home' | 'rescheduled' | 'failed';

export interface Event {
  at: number;
  status: OrderStatus;
  note: string;
  /** The delivery day this event plans or visits, if any. */
  day: number;
}

export interface Visit {
  day: number;
  at: number;
  outcome: VisitOutcome;
  note: string;
}

export function trackingNumber(serial: number, method: number): string {
  if (method === POST) return String(80_000_000_000_000 + ((serial * 7919) % 9_999_999_999_999));
  return `EM${String(serial).padStart(9, '0')}`;
}

export function writeOrder(
  state: DemoState,
  plan: OrderPlan,
  serial: number,
  events: Event[],
  visits: Visit[],
  calls: CallRow[],
): number {
  const { stmts, rows, calendar: cal, staffId, couriers, customers: pool, orders: log } = state;
  const now = cal.now;
  let happened = 0;
  while (happened < events.length && events[happened]!.at <= now) happened++;
  let last = events[happened - 1]!;
  let status = last.status;
  let deliveryDay = plan.deliveryDay;
  for (let i = happened - 1; i >= 0; i--) {
    if (events[i]!.day >= 0) {
      deliveryDay = events[i]!.day;
      break;
    }
  }

  let itemsTotal = 0;
  for (const l of plan.lines) itemsTotal += l.quantity * l.unitPrice;
  const weightG = plan.weightG ?? linesWeight(plan.lines) + 150;
  const fee = deliveryFee(plan.method, itemsTotal, weightG);
  const total = itemsTotal + fee;
  const kept = keptQuantities(state, plan, status);
  let keptValue = 0;
  plan.lines.forEach((l, i) => (keptValue += (kept?.[i] ?? 0) * l.unitPrice));
  const [paymentStatus, received] = payment(
    plan,
    status,
    total,
    keptValue + fee,
    cal.at(plan.day, plan.minute),
    now,
  );
  // Scenario 2: an order paid by a cheque that has not cleared is held, not planned — as the
  // app itself enforces (orders/planning-gate.ts). It waits unplanned, as just taken.
  const held = paymentStatus === 'pending_clearance' && (status === 'confirmed' || status === 'scheduled');
  if (held) {
    happened = 1;
    last = events[0]!;
    status = last.status;
  }
  const shipped = events.slice(0, happened).some((e) => e.status === 'out_for_delivery');
  const tracked = plan.method === POST || plan.method === SERVICE;
  const w = plan.window >= 0 ? DELIVERY_WINDOWS[plan.window]! : null;
  const courier = couriers[plan.courier]!;
  // Revenue is money received, on the day it came (orders/payment.ts): the door's money on the
  // day of the visit that collected it, a prepayment on the order day.
  let collectedDay = deliveryDay;
  for (const v of visits) if (v.at <= now) collectedDay = v.day;
  const atTheDoor = plan.payment === COD || plan.payment === CARD_ON_DELIVERY;
  const paidOn = received > 0 ? cal.iso(atTheDoor ? collectedDay : plan.day) : null;

  const orderId = rowId(
    stmts.order.run(
      `SD-${String(serial).padStart(6, '0')}`,
      pool.ids[plan.customer]!,
      events[0]!.at,
      last.at,
      cal.iso(plan.day),
      itemsTotal,
      fee,
      total,
      received,
      PAYMENT_METHODS[plan.payment]!,
      paymentStatus,
      DELIVERY_METHODS[plan.method]!,
      plan.address,
      held ? null : cal.iso(deliveryDay),
      w && !held ? w[0] : null,
      w && !held ? w[1] : null,
      held ? null : courier.id,
      tracked && shipped ? trackingNumber(serial, plan.method) : null,
      plan.method === OWN || plan.method === FOOT ? (plan.weightG ?? null) : weightG,
      plan.checked !== 'unknown' &&
        (status === 'delivered' || status === 'partly_bought_out' || status === 'returned')
        ? plan.checked
        : 'unknown',
      status,
      plan.comment,
      paidOn,
    ),
  );
  plan.lines.forEach((l, i) => {
    rows.add(
      'items',
      orderId,
      l.product.title,
      l.product.sku,
      l.quantity,
      l.unitPrice,
      kept ? kept[i]! : null,
    );
  });
  // The history opens with the creation (from nothing to 'new'), as orders.create writes it.
  for (let i = 0; i < happened; i++) {
    const e = events[i]!;
    rows.add(
      'statusChanges',
      orderId,
      i === 0 ? null : events[i - 1]!.status,
      e.status,
      staffId,
      e.at,
      e.note,
    );
  }
  let missed = 0;
  let lastVisitDay = deliveryDay;
  for (const v of visits) {
    if (v.at > now) continue;
    rows.add(
      'attempts',
      orderId,
      courier.id,
      cal.iso(v.day),
      v.outcome,
      courier.cost,
      v.note,
      v.at + 5 * MIN,
    );
    if (v.outcome === 'not_at_home' || v.outcome === 'rescheduled') missed++;
    lastVisitDay = v.day;
  }
  const customerId = pool.ids[plan.customer]!;
  calls.sort((a, b) => a.at - b.at);
  for (const c of calls) {
    if (c.at > now || held) continue;
    rows.add('calls', customerId, orderId, c.purpose, c.outcome, staffId, c.at, c.override ?? null, c.note);
  }

  // Cash on delivery each courier collected, for the hand-over ledger (courier_cash): the drivers
  // bring it in the evening, the service, the post and the pickup point transfer it.
  if (plan.payment === COD && received > 0) {
    const key = lastVisitDay * 16 + plan.courier;
    state.cash.set(key, (state.cash.get(key) ?? 0) + received);
  }
  const i = log.count++;
  log.id[i] = orderId;
  log.customer[i] = plan.customer;
  log.createdAt[i] = events[0]!.at;
  log.day[i] = plan.day;
  log.deliveryDay[i] = lastVisitDay;
  log.courier[i] = plan.courier;
  log.method[i] = plan.method;
  log.payment[i] = plan.payment;
  log.status[i] = STATUS_CODE[status];
  log.missedVisits[i] = missed;
  log.itemsTotal[i] = itemsTotal;
  log.fee[i] = fee;
  log.keptValue[i] = keptValue;
  log.weightG[i] = weightG;
  log.checked[i] = plan.checked === 'yes' ? 1 : plan.checked === 'refused' ? 2 : 0;
  if (plan.tag) state.taggedOrders.set(plan.tag, i);
  return i;
}

/** Kept quantity per line on a partial buyout; null for every other order. */
function keptQuantities(state: DemoState, plan: OrderPlan, status: OrderStatus): number[] | null {
  // As orders/outcome.ts records it: kept quantities only on a partial buyout.
  if (status !== 'partly_bought_out') return null;
  const { rng } = state;
  const kept = plan.lines.map((l) => (rng.chance(0.45) ? l.quantity : rng.int(0, l.quantity - 1)));
  // A partial buyout keeps something and sends something back.
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  if (sum(kept) === sum(plan.lines.map((l) => l.quantity))) kept[kept.findIndex((k) => k > 0)]! -= 1;
  if (sum(kept) === 0) kept[0] = 1;
  return kept;
}

/** Payment status and the money the shop holds for the order (after refunds). */
function payment(
  plan: OrderPlan,
  status: OrderStatus,
  total: number,
  keptTotal: number,
  createdAt: number,
  now: number,
): [string, number] {
  const upFront = isPaidUpFront(plan.payment) || plan.payment === CHEQUE;
  switch (status) {
    case 'delivered':
      return ['paid', total];
    case 'partly_bought_out':
      return upFront ? ['partly_refunded', keptTotal] : ['paid', keptTotal];
    case 'refused':
    case 'returned':
      return upFront || status === 'returned' ? ['refunded', 0] : ['unpaid', 0];
    case 'cancelled':
      return plan.payment === CARD_ONLINE || plan.payment === E_WALLET ? ['refunded', 0] : ['unpaid', 0];
    case 'lost':
      return upFront ? ['paid', total] : ['unpaid', 0];
    default:
      if (plan.payment === CARD_ONLINE || plan.payment === E_WALLET) return ['paid', total];
      if (plan.payment === BANK) return now - createdAt > DAY ? ['paid', total] : ['unpaid', 0];
      if (plan.payment === CHEQUE)
        return now - createdAt > 5 * DAY ? ['paid', total] : ['pending_clearance', 0];
      return ['unpaid', 0];
  }
}
