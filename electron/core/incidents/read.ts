import type { ChannelOutput } from '../../../shared/contract';
import type { Incident, IncidentDetail } from '../../../shared/contract/incidents';
import { isOverdue } from '../../../shared/domain/incidents';
import { normalizePromoCode } from '../../../shared/domain/promo-code';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { notFound } from '../errors';
import { listEvidence } from '../evidence/files';
import { attemptLossesOfOrder } from '../losses/attempts';
import { countsAgainstCustomerSql } from '../losses/attribution';
import { ownerDecision } from './owner-decision';

interface IncidentRow {
  id: number;
  happened_on: string;
  channel: Incident['channel'];
  cause: Incident['cause'];
  fault: Incident['fault'];
  not_held_against_customer: number;
  status: Incident['status'];
  waiting_for: Incident['waitingFor'];
  resolution: Incident['resolution'];
  customer_id: number | null;
  customer_name: string | null;
  customer_phone: string | null;
  order_id: number | null;
  order_number: string | null;
  courier_id: number | null;
  courier_name: string | null;
  customer_says: string;
  promised: string;
  description: string;
  follow_up_due: number | null;
  parcel_weight_g: number | null;
  promo_code: string | null;
  costs: number;
  recovered: number;
  created_by_name: string;
  created_at: number;
  updated_at: number;
}

export function getIncident(db: Db, id: number, now: number): Incident {
  const r = prepared(
    db,
    `select i.*, c.name as customer_name, o.number as order_number, k.name as courier_name,
       (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = i.customer_id order by p.id limit 1)
         as customer_phone,
       (select name from staff where id = i.created_by) as created_by_name
     from incidents i left join customers c on c.id = i.customer_id left join orders o on o.id = i.order_id
       left join couriers k on k.id = i.courier_id
     where i.id = ?`,
  ).get(id) as IncidentRow | undefined;
  if (!r) throw notFound('This incident');
  return {
    id: r.id,
    happenedOn: r.happened_on,
    channel: r.channel,
    cause: r.cause,
    fault: r.fault,
    notHeldAgainstCustomer: r.not_held_against_customer === 1,
    status: r.status,
    waitingFor: r.waiting_for,
    resolution: r.resolution,
    customer:
      r.customer_id === null
        ? null
        : { id: r.customer_id, name: r.customer_name ?? '', phone: r.customer_phone },
    order: r.order_id === null ? null : { id: r.order_id, number: r.order_number ?? '' },
    courier: r.courier_id === null ? null : { id: r.courier_id, name: r.courier_name ?? '' },
    customerSays: r.customer_says,
    promised: r.promised,
    description: r.description,
    followUpDue: r.follow_up_due,
    overdue: isOverdue(r.status, r.follow_up_due, now),
    parcelWeightG: r.parcel_weight_g,
    promoCode: r.promo_code,
    costs: r.costs,
    recovered: r.recovered,
    net: r.costs - r.recovered,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    ownerDecision: ownerDecision(db, r.id),
    updatedAt: r.updated_at,
  };
}

type Timeline = IncidentDetail['timeline'];

/** The incident's audit entries, oldest first, with before → after per changed field. */
function timeline(db: Db, id: number): Timeline {
  const rows = prepared(
    db,
    `select a.at, a.action, s.name as by, a.before, a.after, a.note from audit_log a left join staff s on s.id = a.staff_id
     where a.entity = 'incident' and a.entity_id = ? order by a.at, a.id`,
  ).all(id) as {
    at: number;
    action: string;
    by: string | null;
    before: string | null;
    after: string | null;
    note: string;
  }[];
  return rows.map((r) => {
    const before = (r.before ? JSON.parse(r.before) : {}) as Record<string, unknown>;
    const after = (r.after ? JSON.parse(r.after) : {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      at: r.at,
      action: r.action,
      by: r.by,
      changes: fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
      note: r.note || null,
    };
  });
}

export function getIncidentDetail(db: Db, id: number, now: number): IncidentDetail {
  const incident = getIncident(db, id, now);
  const costs = (
    prepared(
      db,
      `select k.id, k.kind, k.amount, k.note, s.name as by, k.created_at as at,
         coalesce(k.day, i.happened_on) as day, k.voided_at, v.name as voided_by, k.void_reason
       from incident_costs k join incidents i on i.id = k.incident_id join staff s on s.id = k.staff_id
         left join staff v on v.id = k.voided_by
       where k.incident_id = ? order by k.id`,
    ).all(id) as (Omit<IncidentDetail['costs'][number], 'voided'> & {
      voided_at: number | null;
      voided_by: string | null;
      void_reason: string | null;
    })[]
  ).map(({ voided_at, voided_by, void_reason, ...line }) => ({
    ...line,
    voided: voided_at === null ? null : { at: voided_at, by: voided_by ?? '', reason: void_reason ?? '' },
  }));
  const evidence = listEvidence(db, { kind: 'incident', id });
  const orderEvidence = incident.order ? listEvidence(db, { kind: 'order', id: incident.order.id }) : [];
  const attemptLosses = incident.order ? attemptLossesOfOrder(db, incident.order.id) : [];
  return { incident, costs, evidence, orderEvidence, timeline: timeline(db, id), attemptLosses };
}

type ListInput = {
  statuses?: Incident['status'][];
  cause?: Incident['cause'];
  fault?: Incident['fault'];
  overdue?: boolean;
  courierId?: number;
  customerId?: number;
  orderId?: number;
  deliveryMethod?: string;
  withoutCourier?: true;
  withoutOrder?: true;
  promoCode?: string;
  from?: string;
  to?: string;
  search: string;
  offset: number;
  limit: number;
};

type ListOutput = ChannelOutput<'incidents.list'>;

/** A page of incidents, newest first, with the count and money totals of everything the filter matches. */
export function listIncidents(db: Db, input: ListInput, now: number): ListOutput {
  const where = ['i.archived_at is null'];
  const params: Record<string, string | number> = {};
  const add = (sql: string, name: string, value: string | number) => {
    where.push(sql);
    params[name] = value;
  };
  if (input.statuses?.length)
    add('i.status in (select value from json_each($statuses))', 'statuses', JSON.stringify(input.statuses));
  if (input.cause) add('i.cause = $cause', 'cause', input.cause);
  if (input.fault) add('i.fault = $fault', 'fault', input.fault);
  if (input.overdue) add("i.status in ('open', 'waiting') and i.follow_up_due < $now", 'now', now);
  if (input.courierId) add('i.courier_id = $courier', 'courier', input.courierId);
  if (input.customerId) add('i.customer_id = $customer', 'customer', input.customerId);
  if (input.orderId) add('i.order_id = $order', 'order', input.orderId);
  if (input.deliveryMethod) {
    add(
      'exists (select 1 from orders m where m.id = i.order_id and m.delivery_method = $method)',
      'method',
      input.deliveryMethod,
    );
  }
  if (input.withoutCourier) where.push('i.courier_id is null');
  if (input.withoutOrder) where.push('i.order_id is null');
  const promoCode = normalizePromoCode(input.promoCode);
  if (promoCode !== null) add('i.promo_code = $promo', 'promo', promoCode);
  if (input.from) add('i.happened_on >= $from', 'from', input.from);
  if (input.to) add('i.happened_on <= $to', 'to', input.to);
  const search = input.search.trim().replace(/[%_]/g, '');
  const joins =
    'left join customers c on c.id = i.customer_id left join orders o on o.id = i.order_id left join couriers k on k.id = i.courier_id';
  if (search) {
    add(
      '(c.name like $search or o.number like $search or i.customer_says like $search or i.description like $search)',
      'search',
      `%${search}%`,
    );
  }
  const whereSql = `where ${where.join(' and ')}`;
  // The totals need the joins only when the search looks into customers and orders; their
  // covering indexes (0002) make them index-only reads.
  const sums = db
    .prepare(
      `select count(*) as n, coalesce(sum(i.costs), 0) as costs, coalesce(sum(i.recovered), 0) as recovered
       from incidents i ${search ? joins : ''} ${whereSql}`,
    )
    .get(params) as { n: number; costs: number; recovered: number };
  // The page: "+i.status" keeps SQLite walking the date index newest first (a status matches a
  // large share of rows) instead of sorting every match; the names are joined to the 100 rows only.
  const pageWhere = whereSql.replaceAll('i.status in', '+i.status in');
  const rows = (
    db
      .prepare(
        `select i.id, i.happened_on as happenedOn, i.cause, i.fault, i.status, i.waiting_for as waitingFor,
           i.customer_id as customerId, c.name as customerName, i.order_id as orderId, o.number as orderNumber,
           k.name as courierName, i.follow_up_due as followUpDue, i.costs, i.recovered,
           ${countsAgainstCustomerSql('i.')} as counts
         from (select i.* from incidents i ${search ? joins : ''} ${pageWhere}
               order by i.happened_on desc, i.id desc limit $limit offset $offset) i ${joins}
         order by i.happened_on desc, i.id desc`,
      )
      .all({ ...params, limit: input.limit, offset: input.offset }) as (Omit<
      ListOutput['rows'][number],
      'overdue' | 'net' | 'countsAgainstCustomer'
    > & { counts: number })[]
  ).map(({ counts, ...r }) => ({
    ...r,
    countsAgainstCustomer: counts === 1,
    overdue: isOverdue(r.status, r.followUpDue, now),
    net: r.costs - r.recovered,
  }));
  return {
    total: sums.n,
    totals: { costs: sums.costs, recovered: sums.recovered, net: sums.costs - sums.recovered },
    rows,
  };
}
