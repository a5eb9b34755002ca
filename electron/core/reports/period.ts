import type { PeriodReport } from '../../../shared/contract/reports';
import { addDays } from '../../../shared/domain/dates';
import type { DELIVERY_METHODS, FAULTS, LossCause } from '../../../shared/domain/enums';

type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
type Fault = (typeof FAULTS)[number];
import type { Db } from '../db/open';
import { addCourierLoss, courierSplit, type CourierFaultTotals } from './courier-split';
import { lossesByPromoCode } from './promo';

// Losses by cause over time, by fault, courier and delivery method, the loss share of revenue and
// buyout rates for a period, all from the daily rollups of migrations 0003 and 0010 (order_day_stats,
// incident_day_*): nothing here reads the million order rows or the incidents themselves.

type Granularity = 'week' | 'month';

/** The first day of the bucket a day falls in: Monday of its week, or the 1st of its month. */
export function bucketStart(day: string, granularity: Granularity): string {
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function nextBucket(start: string, granularity: Granularity): string {
  if (granularity === 'week') return addDays(start, 7);
  const [y, m] = start.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

interface Money {
  count: number;
  costs: number;
  recovered: number;
  net: number;
}
const empty = (): Money => ({ count: 0, costs: 0, recovered: 0, net: 0 });

export function periodReport(db: Db, from: string, to: string, granularity: Granularity): PeriodReport {
  const buckets = new Map<string, PeriodReport['buckets'][number]>();
  for (let start = bucketStart(from, granularity); start <= to; start = nextBucket(start, granularity)) {
    buckets.set(start, {
      start,
      orders: 0,
      revenue: 0,
      delivered: 0,
      partly: 0,
      refused: 0,
      incidents: 0,
      attempts: 0,
      costs: 0,
      recovered: 0,
      net: 0,
      byCause: {},
    });
  }

  const days = db
    .prepare(
      `select day, sum(orders) as orders, sum(revenue) as revenue, sum(delivered) as delivered, sum(partly) as partly,
         sum(refused) as refused
       from order_day_stats where day between ? and ? group by day`,
    )
    .all(from, to) as {
    day: string;
    orders: number;
    revenue: number;
    delivered: number;
    partly: number;
    refused: number;
  }[];
  for (const d of days) {
    const b = buckets.get(bucketStart(d.day, granularity))!;
    b.orders += d.orders;
    b.revenue += d.revenue;
    b.delivered += d.delivered;
    b.partly += d.partly;
    b.refused += d.refused;
  }

  // Incident counts and costs per day and dimension come from the rollups (migration 0003): a few
  // thousand rows for a year, whatever the number of incidents. Their `recovered` is keyed on the
  // incident's day, so it is not read: recoveries are added by their own line's day below.
  const dimension = <K>(table: string) => {
    const totals = new Map<K, Money>();
    const rows = db
      .prepare(`select day, key, count, costs, 0 from ${table} where day between ? and ? and count <> 0`)
      .raw()
      .all(from, to) as [string, K, number, number, number][];
    for (const [, key, count, costs, recovered] of rows) {
      let m = totals.get(key);
      if (!m) totals.set(key, (m = empty()));
      m.count += count;
      m.costs += costs;
      m.recovered += recovered;
      m.net += costs - recovered;
    }
    return { totals, rows };
  };
  const causes = dimension<LossCause>('incident_day_cause');
  for (const [day, cause, count, costs, recovered] of causes.rows) {
    const b = buckets.get(bucketStart(day, granularity))!;
    b.incidents += count;
    b.costs += costs;
    b.recovered += recovered;
    b.net += costs - recovered;
    b.byCause[cause] = (b.byCause[cause] ?? 0) + costs - recovered;
  }
  const byCause = causes.totals;
  const byFault = dimension<Fault>('incident_day_fault').totals;
  const byCourierKey: CourierFaultTotals = new Map();
  const courierRows = db
    .prepare(
      `select courier_id, fault, count, costs, 0 from incident_day_courier_fault
       where day between ? and ? and count <> 0`,
    )
    .raw()
    .all(from, to) as [number, Fault, number, number, number][];
  for (const [courierId, fault, count, costs, recovered] of courierRows) {
    addCourierLoss(byCourierKey, courierId, fault, { count, costs, recovered });
  }
  const byMethodKey = dimension<DeliveryMethod | ''>('incident_day_method').totals;
  addRecoveries(db, from, to, granularity, { buckets, byCause, byFault, byCourierKey, byMethodKey });
  addAttemptLosses(db, from, to, granularity, { buckets, byCause, byFault, byCourierKey, byMethodKey });
  const byMethod = new Map(
    [...byMethodKey].map(([method, m]) => [method === '' ? null : method, m] as const),
  );

  const names = new Map(
    (db.prepare('select id, name from couriers').raw().all() as [number, string][]).map(([id, name]) => [
      id,
      name,
    ]),
  );
  const list = [...buckets.values()];
  const sum = (
    key:
      | 'orders'
      | 'revenue'
      | 'delivered'
      | 'partly'
      | 'refused'
      | 'costs'
      | 'recovered'
      | 'net'
      | 'incidents'
      | 'attempts',
  ) => list.reduce((n, b) => n + b[key], 0);
  const settled = sum('delivered') + sum('partly') + sum('refused');
  const byNet = <T extends Money>(a: T, b: T) => b.net - a.net || b.count - a.count;
  return {
    from,
    to,
    buckets: list,
    totals: {
      orders: sum('orders'),
      revenue: sum('revenue'),
      count: sum('incidents') + sum('attempts'),
      incidents: sum('incidents'),
      costs: sum('costs'),
      recovered: sum('recovered'),
      net: sum('net'),
      lossSharePercent: percent(sum('net'), sum('revenue')),
      buyoutPercent: percent(sum('delivered') + sum('partly'), settled),
      partialPercent: percent(sum('partly'), sum('delivered') + sum('partly')),
    },
    byCause: [...byCause].map(([cause, m]) => ({ cause, ...m })).sort(byNet),
    byFault: [...byFault].map(([fault, m]) => ({ fault, ...m })).sort(byNet),
    byCourier: courierSplit(byCourierKey, names),
    byDeliveryMethod: [...byMethod].map(([deliveryMethod, m]) => ({ deliveryMethod, ...m })).sort(byNet),
    byPromoCode: lossesByPromoCode(db, from, to),
  };
}

/**
 * Failed delivery attempts' costs (rollup of migration 0006) as one more cause, "repeat_delivery",
 * and in the fault, courier and method breakdowns: a loss line each, counted beside the incidents
 * (an incident about the same order lists them but never carries them as its own cost).
 */
function addAttemptLosses(
  db: Db,
  from: string,
  to: string,
  granularity: Granularity,
  into: {
    buckets: Map<string, PeriodReport['buckets'][number]>;
    byCause: Map<LossCause, Money>;
    byFault: Map<Fault, Money>;
    byCourierKey: CourierFaultTotals;
    byMethodKey: Map<DeliveryMethod | '', Money>;
  },
) {
  const rows = db
    .prepare(
      `select day, fault, courier_id, delivery_method, count, costs from attempt_loss_day
       where day between ? and ? and count <> 0`,
    )
    .raw()
    .all(from, to) as [string, Fault, number, DeliveryMethod | '', number, number][];
  const add = <K>(map: Map<K, Money>, key: K, count: number, costs: number) => {
    let m = map.get(key);
    if (!m) map.set(key, (m = empty()));
    m.count += count;
    m.costs += costs;
    m.net += costs;
  };
  for (const [day, fault, courierId, method, count, costs] of rows) {
    const b = into.buckets.get(bucketStart(day, granularity))!;
    b.attempts += count;
    b.costs += costs;
    b.net += costs;
    b.byCause.repeat_delivery = (b.byCause.repeat_delivery ?? 0) + costs;
    add(into.byCause, 'repeat_delivery', count, costs);
    add(into.byFault, fault, count, costs);
    addCourierLoss(into.byCourierKey, courierId, fault, { count, costs, recovered: 0 });
    add(into.byMethodKey, method, count, costs);
  }
}

/**
 * Recoveries on the day their money came back (incident_costs.day, migration 0011), as the
 * accountant's export dates them, whatever month the incident was in. A query rather than a
 * re-keyed rollup: recovery lines are a small share of cost lines and `incident_costs_day` finds a
 * period's directly. A line without a day (none the core writes) counts on its incident's, as in the export.
 * The delivery method is the order's now (the rollup keeps the one at the incident's writing).
 */
function addRecoveries(
  db: Db,
  from: string,
  to: string,
  granularity: Granularity,
  into: Parameters<typeof addAttemptLosses>[4],
) {
  const rows = db
    .prepare(
      `select coalesce(k.day, i.happened_on), i.cause, i.fault, coalesce(i.courier_id, 0), coalesce(o.delivery_method, ''), sum(k.amount)
       from incident_costs k join incidents i on i.id = k.incident_id left join orders o on o.id = i.order_id
       where (k.day between $from and $to or (k.day is null and i.happened_on between $from and $to))
         and k.kind = 'recovery' and k.voided_at is null and i.archived_at is null
       group by 1, 2, 3, 4, 5`,
    )
    .raw()
    .all({ from, to }) as [string, LossCause, Fault, number, DeliveryMethod | '', number][];
  const add = <K>(map: Map<K, Money>, key: K, recovered: number) => {
    let m = map.get(key);
    if (!m) map.set(key, (m = empty()));
    m.recovered += recovered;
    m.net -= recovered;
  };
  for (const [day, cause, fault, courierId, method, recovered] of rows) {
    const b = into.buckets.get(bucketStart(day, granularity))!;
    b.recovered += recovered;
    b.net -= recovered;
    b.byCause[cause] = (b.byCause[cause] ?? 0) - recovered;
    add(into.byCause, cause, recovered);
    add(into.byFault, fault, recovered);
    addCourierLoss(into.byCourierKey, courierId, fault, { count: 0, costs: 0, recovered });
    add(into.byMethodKey, method, recovered);
  }
}

/** The period of the same length just before this one, for comparison. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}
