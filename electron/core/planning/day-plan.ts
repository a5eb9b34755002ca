import type { DayPlan, PlanStop } from '../../../shared/contract/planning';
import { doorPayment } from '../../../shared/domain/door-payment';
import type { PaymentStatus } from '../../../shared/domain/enums';
import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { ARRIVED_ON_SQL } from '../orders/read';
import { DUE_ON_DELIVERY_DATE } from './day-lists';

const MESSAGE_ONLY = new Set(['pickup_point', 'post']);
const ROUTED_KINDS = "('own_driver', 'foot_courier', 'courier_service')";

interface StopRow {
  order_id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  phone: string | null;
  address: string;
  window_from: string | null;
  window_to: string | null;
  payment_method: PlanStop['paymentMethod'];
  payment_status: PaymentStatus;
  delivery_method: PlanStop['deliveryMethod'];
  total: number;
  amount_received: number;
  caution: number;
  delivery_notes: string;
  tracking_number: string | null;
  arrived_on: string | null;
  status: PlanStop['status'];
  courier_id: number | null;
  route_position: number | null;
  updated_at: number;
  awaiting: number;
  delivery_fee: number;
  parcel_weight_g: number | null;
  delivery_date: string | null;
  day_outcome: PlanStop['dayOutcome'];
}

/** Statuses whose goods came back to the shop: nothing is owed for them at the door. */
const CAME_BACK: readonly PlanStop['status'][] = ['refused', 'returned'];

/**
 * What the customer owes for what they keep: the order's total, after a partial buyout the kept
 * goods plus delivery, after a refusal nothing (the returned goods are not money to collect).
 */
function amountDue(row: StopRow, items: PlanStop['items']): number {
  if (CAME_BACK.includes(row.status)) return Math.min(row.total, row.amount_received);
  if (row.status !== 'partly_bought_out') return row.total;
  const kept = items.reduce((sum, item) => sum + (item.keptQuantity ?? 0) * item.unitPrice, 0);
  return kept + row.delivery_fee;
}

/**
 * One day's orders, by courier, in window and route order (indexed by delivery date), and the
 * orders whose attempt on this day failed and that have since moved to another day: the day's
 * history stays with its day (on that day's courier), shown as settled.
 */
export function dayPlan(db: Db, date: string, settings: Settings): DayPlan {
  const rows = db
    .prepare(
      `with day_attempt as (
         select a.order_id, a.outcome, a.courier_id from delivery_attempts a
         where a.id in (select max(id) from delivery_attempts where attempted_on = $date group by order_id))
       select o.id as order_id, o.number, o.customer_id, c.name as customer_name,
         (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = o.customer_id order by p.id limit 1) as phone,
         o.address, o.window_from, o.window_to, o.payment_method, o.payment_status, o.delivery_method, o.total, o.amount_received,
         (c.caution or c.doubtful) as caution, c.delivery_notes, o.tracking_number,
         ${ARRIVED_ON_SQL} as arrived_on, o.status, o.route_position, o.updated_at,
         ${DUE_ON_DELIVERY_DATE} as awaiting,
         o.delivery_fee, o.parcel_weight_g, o.delivery_date, d.outcome as day_outcome,
         case when o.delivery_date = $date then o.courier_id else coalesce(d.courier_id, o.courier_id) end as courier_id
       from orders o join customers c on c.id = o.customer_id left join day_attempt d on d.order_id = o.id
       where (o.delivery_date = $date and o.status <> 'cancelled') or d.order_id is not null
       order by coalesce(o.window_from, '99:99'), coalesce(o.route_position, 1000000000), o.id`,
    )
    .all({ date }) as StopRow[];
  const items = new Map<number, PlanStop['items']>();
  for (const item of db
    .prepare(
      `select i.order_id, i.title, i.quantity, i.unit_price, i.kept_quantity from order_items i
       where i.order_id in (select value from json_each(?)) order by i.id`,
    )
    .all(JSON.stringify(rows.map((r) => r.order_id))) as {
    order_id: number;
    title: string;
    quantity: number;
    unit_price: number;
    kept_quantity: number | null;
  }[]) {
    const list = items.get(item.order_id) ?? [];
    list.push({
      title: item.title,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      keptQuantity: item.kept_quantity,
    });
    items.set(item.order_id, list);
  }
  const stops: PlanStop[] = rows.map((r) => {
    const orderItems = items.get(r.order_id) ?? [];
    const due = amountDue(r, orderItems);
    const door = doorPayment({
      paymentMethod: r.payment_method,
      paymentStatus: r.payment_status,
      total: r.total,
      due,
      amountReceived: r.amount_received,
    });
    const history = r.delivery_date !== date;
    return {
      orderId: r.order_id,
      number: r.number,
      customerId: r.customer_id,
      customerName: r.customer_name,
      phone: r.phone,
      address: r.address,
      window: r.window_from && r.window_to ? { from: r.window_from, to: r.window_to } : null,
      paymentMethod: r.payment_method,
      deliveryMethod: r.delivery_method,
      // A stop kept only as the day's history collects nothing on this day.
      toCollect: door.kind === 'collect' && !history ? door.amount : 0,
      door,
      total: r.total,
      due,
      amountReceived: r.amount_received,
      caution: r.caution === 1,
      deliveryNotes: r.delivery_notes,
      trackingNumber: r.tracking_number,
      arrivedOn: r.arrived_on,
      status: r.status,
      courierId: r.courier_id,
      position: r.route_position,
      updatedAt: r.updated_at,
      items: orderItems,
      parcelWeightG: r.parcel_weight_g,
      dayOutcome: r.day_outcome,
      // A stop kept as the day's history waits for nothing on this day.
      awaitingOutcome: r.awaiting === 1 && !history,
      history,
      movedTo: history ? r.delivery_date : null,
    };
  });

  const withStops = new Set(stops.map((s) => s.courierId).filter((id): id is number => id !== null));
  const couriers = (
    db
      .prepare(
        // The shop's own drivers first: they carry most of a busy day, so they lead the board.
        `select id, name, kind, capacity, active from couriers where kind in ${ROUTED_KINDS}
           order by case kind when 'own_driver' then 0 when 'foot_courier' then 1 else 2 end, name`,
      )
      .all() as { id: number; name: string; kind: string; capacity: number | null; active: number }[]
  )
    .filter((c) => c.active === 1 || withStops.has(c.id))
    .map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      capacity: c.capacity,
      stops: stops.filter((s) => s.courierId === c.id && !MESSAGE_ONLY.has(s.deliveryMethod)),
    }));
  const routed = new Set(couriers.map((c) => c.id));
  return {
    date,
    windows: settings.deliveryWindows,
    couriers,
    unassigned: stops.filter(
      (s) => !MESSAGE_ONLY.has(s.deliveryMethod) && (s.courierId === null || !routed.has(s.courierId)),
    ),
    messageOnly: stops.filter((s) => MESSAGE_ONLY.has(s.deliveryMethod)),
  };
}
