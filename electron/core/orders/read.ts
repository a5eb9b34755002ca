import type { ChannelOutput } from '../../../shared/contract';
import type { Order } from '../../../shared/contract/orders';
import { localDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { notFound } from '../errors';
import { readSettings } from '../settings/store';
import { chequeHold } from './cheque';
import { orderOverride } from './override';

/**
 * The day a post parcel reached the customer's city, as one SQL expression over an order `o`:
 * the latest entry counts, an older one was a mistyped day put right (indexed by order).
 */
export const ARRIVED_ON_SQL =
  '(select a.arrived_on from post_arrivals a where a.order_id = o.id order by a.id desc limit 1)';

interface OrderRow {
  id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  customer_phone: string | null;
  ordered_on: string;
  items_total: number;
  delivery_fee: number;
  total: number;
  amount_received: number;
  payment_method: Order['paymentMethod'];
  payment_status: Order['paymentStatus'];
  delivery_method: Order['deliveryMethod'];
  address: string;
  delivery_date: string | null;
  window_from: string | null;
  window_to: string | null;
  courier_id: number | null;
  courier_name: string | null;
  tracking_number: string | null;
  arrived_on: string | null;
  parcel_weight_g: number | null;
  checked_in_presence: Order['checkedInPresence'];
  status: Order['status'];
  customer_comment: string;
  created_at: number;
  updated_at: number;
}

export function getOrder(db: Db, id: number): Order {
  const r = db
    .prepare(
      `select o.*, c.name as customer_name, k.name as courier_name, ${ARRIVED_ON_SQL} as arrived_on,
         (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = o.customer_id order by p.id limit 1)
           as customer_phone
       from orders o join customers c on c.id = o.customer_id left join couriers k on k.id = o.courier_id
       where o.id = ?`,
    )
    .get(id) as OrderRow | undefined;
  if (!r) throw notFound('This order');
  const items = db
    .prepare(
      `select id, title, sku, quantity, unit_price as unitPrice, kept_quantity as keptQuantity
       from order_items where order_id = ? order by id`,
    )
    .all(id) as Order['items'];
  const settings = readSettings(db);
  const override = orderOverride(db, id);
  return {
    id: r.id,
    number: r.number,
    customer: { id: r.customer_id, name: r.customer_name, phone: r.customer_phone },
    orderedOn: r.ordered_on,
    items,
    itemsTotal: r.items_total,
    deliveryFee: r.delivery_fee,
    total: r.total,
    amountReceived: r.amount_received,
    paymentMethod: r.payment_method,
    paymentStatus: r.payment_status,
    deliveryMethod: r.delivery_method,
    address: r.address,
    deliveryDate: r.delivery_date,
    window: r.window_from && r.window_to ? { from: r.window_from, to: r.window_to } : null,
    courier: r.courier_id !== null ? { id: r.courier_id, name: r.courier_name ?? '' } : null,
    trackingNumber: r.tracking_number,
    parcelWeightG: r.parcel_weight_g,
    checkedInPresence: r.checked_in_presence,
    status: r.status,
    customerComment: r.customer_comment,
    cheque: chequeHold(
      db,
      {
        id: r.id,
        paymentMethod: r.payment_method,
        paymentStatus: r.payment_status,
        createdOn: localDate(r.created_at, settings.timeZone),
      },
      settings,
    ),
    override: override && { reason: override.reason, by: override.by, at: override.at },
    arrivedOn: r.arrived_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

type Timeline = ChannelOutput<'orders.get'>['timeline'];

/**
 * Status changes, calls, delivery attempts, incidents, messages sent instead of a call, moves
 * made with a reason (a bulk move's "city event", kept in the audit log) and the post's arrival
 * in the customer's city, of one order, oldest first. Entries of
 * the same millisecond keep cause before effect (the call or attempt, then the status change it
 * made), and within one kind the order they were written in.
 */
export function orderTimeline(db: Db, id: number): Timeline {
  const rows = db
    .prepare(
      `select at, 'call' as kind, outcome as code, purpose || case when note <> '' then ' · ' || note else '' end as detail,
              (select name from staff where id = staff_id) as by, null as amount, 1 as rank, id as seq
         from calls where order_id = $id
       union all
       select created_at, 'attempt', outcome, attempted_on || case when note <> '' then ' · ' || note else '' end, null, cost,
              1, id
         from delivery_attempts where order_id = $id
       union all
       select at, 'status', to_status, coalesce(from_status, '') || case when note <> '' then ' · ' || note else '' end,
              (select name from staff where id = staff_id), null,
              case when from_status is null then 0 else 2 end, id
         from order_status_changes where order_id = $id
       union all
       select created_at, 'incident', cause, status, (select name from staff where id = created_by),
              costs - recovered, 3, id
         from incidents where order_id = $id
       union all
       select at, 'message', 'sent', text, (select name from staff where id = staff_id), null, 1, id
         from order_messages where order_id = $id
       union all
       select at, 'move', json_extract(after, '$.reason.code'),
              coalesce(json_extract(after, '$.date'), '') || case when note <> '' then ' · ' || note else '' end,
              (select name from staff where id = staff_id), null, 1, id
         from audit_log where entity = 'order' and entity_id = $id and action = 'move'
           and json_extract(after, '$.reason.code') is not null
       union all
       select at, 'arrival', 'reached_city', arrived_on || case when note <> '' then ' · ' || note else '' end,
              (select name from staff where id = staff_id), null, 1, id
         from post_arrivals where order_id = $id
       order by at, rank, seq`,
    )
    .all({ id }) as (Timeline[number] & { rank: number; seq: number })[];
  return rows.map(({ rank: _rank, seq: _seq, ...entry }) => entry);
}

type ListInput = {
  from?: string;
  to?: string;
  dateField: 'ordered' | 'delivery';
  statuses?: Order['status'][];
  courierId?: number;
  customerId?: number;
  paymentMethod?: Order['paymentMethod'];
  risk?: 'flagged' | 'overridden';
  search: string;
  offset: number;
  limit: number;
};

export function listOrders(db: Db, input: ListInput, now: number): ChannelOutput<'orders.list'> {
  const dateColumn = input.dateField === 'ordered' ? 'o.ordered_on' : 'o.delivery_date';
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: input.limit, offset: input.offset };
  if (input.from) {
    where.push(`${dateColumn} >= $from`);
    params.from = input.from;
  }
  if (input.to) {
    where.push(`${dateColumn} <= $to`);
    params.to = input.to;
  }
  if (input.statuses?.length) {
    where.push('o.status in (select value from json_each($statuses))');
    params.statuses = JSON.stringify(input.statuses);
  }
  if (input.courierId) {
    where.push('o.courier_id = $courier');
    params.courier = input.courierId;
  }
  if (input.customerId) {
    where.push('o.customer_id = $customer');
    params.customer = input.customerId;
  }
  if (input.paymentMethod) {
    where.push('o.payment_method = $payment');
    params.payment = input.paymentMethod;
  }
  if (input.risk === 'flagged') {
    where.push(`(c.caution = 1 or c.doubtful = 1 or exists (select 1 from blocklist_entries b
      where b.customer_id = o.customer_id and b.lifted_at is null and (b.expires_at is null or b.expires_at > $now)))`);
    params.now = now;
  } else if (input.risk === 'overridden') {
    where.push('o.risk_override_reason is not null');
  }
  const search = input.search.trim();
  if (search) {
    where.push('(o.number like $search or c.name like $search or o.tracking_number like $search)');
    params.search = `%${search.replace(/[%_]/g, '')}%`;
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const from =
    'from orders o join customers c on c.id = o.customer_id left join couriers k on k.id = o.courier_id';
  const total = (db.prepare(`select count(*) as n ${from} ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `select o.id, o.number, o.ordered_on as orderedOn, o.customer_id as customerId, c.name as customerName, o.total,
         o.payment_method as paymentMethod, o.delivery_method as deliveryMethod, o.delivery_date as deliveryDate,
         k.name as courierName, o.status
       ${from} ${whereSql} order by ${dateColumn} desc, o.id desc limit $limit offset $offset`,
    )
    .all(params) as ChannelOutput<'orders.list'>['rows'];
  return { total, rows };
}
