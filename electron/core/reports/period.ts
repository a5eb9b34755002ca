import type { PeriodReport } from '../../../shared/contract/reports';
import { addDays } from '../../../shared/domain/dates';
import type { DELIVERY_METHODS, FAULTS, IncidentCause } from '../../../shared/domain/enums';

type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
type Fault = (typeof FAULTS)[number];
import type { Db } from '../db/open';

// Losses by cause over time, by fault, courier and delivery method, the loss share of revenue and
// buyout rates for a period. Orders come from the daily rollup (order_day_stats), incidents from
// one pass over the covering index incidents_report; nothing here reads a million order rows.

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
function add(target: Money, costs: number, recovered: number) {
  target.count += 1;
  target.costs += costs;
  target.recovered += recovered;
  target.net += costs - recovered;
}

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

  const byCause = new Map<IncidentCause, Money>();
  const byFault = new Map<Fault, Money>();
  const byCourier = new Map<number | null, Money>();
  const byOrder = new Map<number, Money[]>();
  const orderless = empty();
  const rows = db
    .prepare(
      `select happened_on, cause, fault, courier_id, order_id, costs, recovered from incidents
       where archived_at is null and happened_on between ? and ?`,
    )
    .raw()
    .iterate(from, to) as Iterable<
    [string, IncidentCause, Fault, number | null, number | null, number, number]
  >;
  for (const [happenedOn, cause, fault, courierId, orderId, costs, recovered] of rows) {
    const b = buckets.get(bucketStart(happenedOn, granularity))!;
    b.incidents += 1;
    b.costs += costs;
    b.recovered += recovered;
    b.net += costs - recovered;
    b.byCause[cause] = (b.byCause[cause] ?? 0) + costs - recovered;
    for (const [map, key] of [
      [byCause, cause],
      [byFault, fault],
      [byCourier, courierId],
    ] as [Map<unknown, Money>, unknown][]) {
      let m = map.get(key);
      if (!m) map.set(key, (m = empty()));
      add(m, costs, recovered);
    }
    if (orderId === null) add(orderless, costs, recovered);
    else {
      const one = empty();
      add(one, costs, recovered);
      const list = byOrder.get(orderId);
      if (list) list.push(one);
      else byOrder.set(orderId, [one]);
    }
  }

  // Delivery method of the incidents' orders: one indexed look-up per order, in batches.
  const byMethod = new Map<DeliveryMethod | null, Money>();
  if (orderless.count > 0) byMethod.set(null, orderless);
  const ids = [...byOrder.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const batch = ids.slice(i, i + 5000);
    const methods = db
      .prepare(`select id, delivery_method from orders where id in (select value from json_each(?))`)
      .raw()
      .all(JSON.stringify(batch)) as [number, DeliveryMethod][];
    for (const [orderId, method] of methods) {
      let m = byMethod.get(method);
      if (!m) byMethod.set(method, (m = empty()));
      for (const one of byOrder.get(orderId)!) {
        m.count += one.count;
        m.costs += one.costs;
        m.recovered += one.recovered;
        m.net += one.net;
      }
    }
  }

  const names = new Map(
    (db.prepare('select id, name from couriers').raw().all() as [number, string][]).map(([id, name]) => [
      id,
      name,
    ]),
  );
  const list = [...buckets.values()];
  const sum = (
    key:
      'orders' | 'revenue' | 'delivered' | 'partly' | 'refused' | 'costs' | 'recovered' | 'net' | 'incidents',
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
      count: sum('incidents'),
      costs: sum('costs'),
      recovered: sum('recovered'),
      net: sum('net'),
      lossSharePercent: percent(sum('net'), sum('revenue')),
      buyoutPercent: percent(sum('delivered') + sum('partly'), settled),
      partialPercent: percent(sum('partly'), sum('delivered') + sum('partly')),
    },
    byCause: [...byCause].map(([cause, m]) => ({ cause, ...m })).sort(byNet),
    byFault: [...byFault].map(([fault, m]) => ({ fault, ...m })).sort(byNet),
    byCourier: [...byCourier]
      .map(([courierId, m]) => ({
        courierId,
        name: courierId === null ? null : (names.get(courierId) ?? null),
        ...m,
      }))
      .sort(byNet),
    byDeliveryMethod: [...byMethod].map(([deliveryMethod, m]) => ({ deliveryMethod, ...m })).sort(byNet),
  };
}

/** The period of the same length just before this one, for comparison. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}
