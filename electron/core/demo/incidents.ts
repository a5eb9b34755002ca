import { isDeliveryCause } from '../../../shared/domain/attribution';
import { INCIDENT_CAUSES, type IncidentCause } from '../../../shared/domain/enums';
import { CAUSES, type Channel, type CostLine, type Fault, type Resolution } from './incident-causes';
import { behaviorIncidents, orderPools } from './incident-pools';
import { Weighted } from './random';
import { rowId } from './statements';
import type { DemoState } from './state';

// The incident register: every kind of trouble with channel, fault, status, follow-up, links
// and money. Built in memory, sorted by when each was logged, then inserted, so incident ids
// follow time like everything else.

const MIN = 60_000;

export type IncidentStatus = 'open' | 'waiting' | 'resolved' | 'rejected';

export interface IncidentSpec {
  cause: IncidentCause;
  day: number;
  createdAt: number;
  updatedAt: number;
  channel: Channel;
  fault: Fault;
  status: IncidentStatus;
  resolution: Resolution | null;
  followUpDue: number | null;
  says: string;
  promised: string;
  description: string;
  weightG: number | null;
  customer: number;
  order: number;
  courier: number;
  costs: CostLine[];
}

const SPENT = new Set(['extra_delivery', 'return_shipping', 'goods_written_off']);
const FRESH = new Weighted<IncidentStatus>([
  ['open', 50],
  ['waiting', 30],
  ['resolved', 20],
]);
const RECENT = new Weighted<IncidentStatus>([
  ['open', 25],
  ['waiting', 30],
  ['resolved', 38],
  ['rejected', 7],
]);
// A few old ones are still open: the overdue follow-ups the owner has to chase.
const OLD = new Weighted<IncidentStatus>([
  ['resolved', 78],
  ['rejected', 14],
  ['waiting', 5],
  ['open', 3],
]);
const GENERIC = new Weighted<number>(INCIDENT_CAUSES.map((c, i) => [i, CAUSES[c].weight] as const));

/** Days between the order's last visit and the incident, by cause. */
function delayDays(state: DemoState, cause: IncidentCause): number {
  const { rng } = state;
  if (cause === 'claimed_missing_items' || cause === 'complaint_after_not_checking') return rng.int(1, 9);
  if (cause === 'lost_in_transit') return rng.int(0, 5);
  if (cause === 'damaged' || cause === 'wrong_item_sent' || cause === 'delivered_not_received')
    return rng.int(0, 3);
  if (cause === 'threat_or_bad_review' || cause === 'customer_personalization_error') return rng.int(1, 6);
  return 0;
}

export interface IncidentOptions {
  /** Every cost line the cause can have, and resolved: so a small shop shows each kind. */
  full?: boolean;
  day?: number;
  status?: IncidentStatus;
}

export function makeIncident(
  state: DemoState,
  cause: IncidentCause,
  order: number,
  customer: number,
  opts: IncidentOptions = {},
): IncidentSpec {
  const { rng, calendar: cal, orders: log, couriers } = state;
  const profile = CAUSES[cause];
  const today = cal.today;
  let day: number;
  if (opts.day !== undefined) day = opts.day;
  else if (order >= 0) {
    const anchor =
      profile.pool === 'any' || profile.pool === 'prepaid'
        ? log.day[order]! + rng.int(0, 2)
        : log.deliveryDay[order]!;
    day = anchor + delayDays(state, cause);
  } else day = today - Math.floor(rng.next() * rng.next() * 365);
  // Never before the order was placed or the customer first appeared.
  const pool = state.customers;
  const who = order >= 0 ? log.customer[order]! : customer;
  const earliest =
    order >= 0 ? log.createdAt[order]! : who >= 0 ? cal.at(pool.arrival[who]!, pool.arrivalMinute[who]!) : 0;
  day = Math.min(today, Math.max(day, cal.dayOf(earliest)));
  const lastMinute = day === today ? Math.max(0, cal.nowMinute - 1) : 1290;
  const createdAt = Math.min(
    cal.now,
    Math.max(earliest + 30 * MIN, cal.at(day, rng.int(Math.min(540, lastMinute), lastMinute))),
  );
  day = cal.dayOf(createdAt);
  const age = today - day;
  const status =
    opts.status ?? (opts.full ? 'resolved' : (age <= 3 ? FRESH : age <= 14 ? RECENT : OLD).sample(rng));
  const settled = status === 'resolved' || status === 'rejected';
  const updatedAt = settled
    ? Math.min(cal.now, createdAt + rng.int(60, 14_400) * MIN)
    : Math.min(cal.now, createdAt + rng.int(0, 600) * MIN);
  const courierIndex = order >= 0 ? log.courier[order]! : -1;
  const trip = courierIndex >= 0 ? couriers[courierIndex]!.cost : 30_000;
  const facts = {
    itemsTotal: order >= 0 ? log.itemsTotal[order]! : 300_000,
    fee: order >= 0 ? log.fee[order]! : 30_000,
    trip,
    missedVisits: order >= 0 ? log.missedVisits[order]! : 1,
    returnedValue: order >= 0 ? log.itemsTotal[order]! - log.keptValue[order]! : 100_000,
  };
  const costs = profile
    .costs(rng, facts, opts.full ?? false)
    .filter(([kind]) => status === 'resolved' || SPENT.has(kind));
  return {
    cause,
    day,
    createdAt,
    updatedAt,
    channel: profile.channels.sample(rng),
    fault: profile.faults.sample(rng),
    status,
    resolution:
      status === 'resolved' ? profile.resolutions.sample(rng) : status === 'rejected' ? 'nothing' : null,
    followUpDue: settled
      ? null
      : cal.at(day + rng.int(1, cause === 'lost_in_transit' || cause === 'late_delivery' ? 30 : 7), 720),
    says: rng.pick(profile.says),
    promised: settled || status === 'waiting' ? rng.pick(profile.promised) : '',
    description: rng.pick(profile.description),
    weightG: cause === 'claimed_missing_items' && order >= 0 ? log.weightG[order]! : null,
    customer: order >= 0 ? log.customer[order]! : customer,
    order,
    // The attribution rule the app applies on logging: the order's courier for a delivery cause only.
    courier: isDeliveryCause(cause) && order >= 0 ? courierIndex : -1,
    costs,
  };
}

/** Fills `out` (which may already hold the story incidents) up to `total`, then inserts all. */
export function generateIncidents(state: DemoState, total: number, out: IncidentSpec[]): number {
  const { rng, customers: pool, orders: log } = state;
  behaviorIncidents(state, Math.floor((total - out.length) * 0.3), out);
  const pools = orderPools(state);
  const orderless = () => {
    const lo = pool.storyCount < pool.count ? pool.storyCount : 0;
    let c = lo + Math.floor(rng.next() * (pool.count - lo));
    while (c > lo && pool.arrival[c]! > state.calendar.today) c--;
    return c;
  };
  // One incident of a cause per order: a pool that runs dry (a small shop has few lost parcels)
  // makes the next draw pick another cause instead of piling incidents onto the same order.
  const used = new Set<number>();
  for (const spec of out)
    if (spec.order >= 0) used.add(spec.order * 32 + INCIDENT_CAUSES.indexOf(spec.cause));
  const unusedOrder = (candidates: number[], cause: number): number => {
    for (let tries = 0; tries < 8 && candidates.length > 0; tries++) {
      const order = candidates[Math.floor(rng.next() * candidates.length)]!;
      if (!used.has(order * 32 + cause)) {
        used.add(order * 32 + cause);
        return order;
      }
    }
    return -1;
  };
  // The first round goes through every cause once, fully costed, so even a small shop shows all.
  for (let k = 0, misses = 0; out.length < total; k++) {
    const first = k < INCIDENT_CAUSES.length;
    const causeIndex = first ? k : GENERIC.sample(rng);
    const cause = INCIDENT_CAUSES[causeIndex]!;
    const profile = CAUSES[cause];
    const candidates = pools[profile.pool].length > 0 ? pools[profile.pool] : pools.any;
    const linked = log.count > 0 && rng.chance(profile.withOrder);
    const order = linked ? unusedOrder(candidates, causeIndex) : -1;
    if (linked && order < 0 && !first && misses++ < 1000) continue;
    if (order < 0 && pool.count === 0) break;
    out.push(makeIncident(state, cause, order, order >= 0 ? -1 : orderless(), { full: first }));
  }
  out.sort((a, b) => a.createdAt - b.createdAt);
  for (const spec of out) insertIncident(state, spec);
  return out.length;
}

/** Whom a waiting incident waits for, from its cause (no random draw: the rest of the data stays as it was). */
function waitingFor(s: IncidentSpec): 'customer' | 'carrier' | 'post' | null {
  if (s.status !== 'waiting') return null;
  if (s.cause === 'lost_in_transit') return 'post';
  if (s.cause === 'late_delivery' || s.cause === 'damaged') return 'carrier';
  return 'customer';
}

function insertIncident(state: DemoState, s: IncidentSpec): void {
  const { stmts, staffId, rng, customers: pool, orders: log, couriers } = state;
  const customerId = s.customer >= 0 ? pool.ids[s.customer]! : null;
  const id = rowId(
    stmts.incident.run(
      state.calendar.iso(s.day),
      s.channel,
      s.cause,
      s.fault,
      s.status,
      waitingFor(s),
      s.resolution,
      s.followUpDue,
      s.says,
      s.promised,
      s.description,
      s.weightG,
      customerId,
      s.order >= 0 ? log.id[s.order]! : null,
      s.courier >= 0 ? couriers[s.courier]!.id : null,
      staffId,
      s.createdAt,
      s.updatedAt,
    ),
  );
  for (const [kind, amount, note] of s.costs) {
    const at = s.createdAt + Math.floor(rng.next() * (s.updatedAt - s.createdAt));
    // A cost line dated by its own day (incidents/write.ts): a cost on the incident's day, a
    // recovery on the day its money came back (when it was written down).
    const day = kind === 'recovery' ? state.calendar.dayOf(at) : s.day;
    stmts.incidentCost.run(id, kind, amount, note, staffId, at, state.calendar.iso(Math.max(day, s.day)));
  }
  if (customerId !== null && s.channel === 'phone' && s.status === 'resolved' && rng.chance(0.5)) {
    stmts.call.run(
      customerId,
      s.order >= 0 ? log.id[s.order]! : null,
      'follow_up',
      'talked',
      staffId,
      s.updatedAt,
      null,
      'Сообщили решение по обращению',
    );
  }
}
