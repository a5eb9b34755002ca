import type { AttentionRow, AttentionRule } from '../../../shared/contract/customers';
import type { RiskSignal } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import { addDays, localDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { countsAgainstCustomerSql } from '../losses/attribution';
import { customerFaultIncidents, lowBuyout, refusedParcels, type CustomerFacts } from '../risk/rules';
import { buyoutRatePercent } from './facts';

// "Needs a decision": every customer for whom a customer-level rule fires (the card's own rule
// functions) and whom nobody has acted on yet. On the benchmark shop this reads a few hundred
// thousand orders, so it runs in the file worker (reports' read connection), and the whole list is
// kept until the next write, so paging through it costs no SQL.

export interface AttentionInput {
  settings: Pick<Settings, 'risk' | 'country' | 'timeZone'>;
  now: number;
  rule?: AttentionRule;
  offset: number;
  limit: number;
}

// Each rule's facts for the whole shop in three set-based reads (the same numbers facts.ts computes
// for one customer; attention.test.ts holds them equal to the card's), each narrowed first by the
// totals the triggers keep on the customer:
// - a buyout under the minimum needs goods sent and not kept: a refusal or a partial buyout;
// - refused parcels: the refused / returned count is kept on the customer;
// - incidents: the 12 months' incidents through their date index.
const LIVE = 'c.merged_into_id is null and c.archived_at is null';
const LOW_BUYOUT = `
  with k as materialized (
    select c.id from customers c where ${LIVE} and c.bought_out_count + c.refused_count >= $settledMin
      and (c.refused_count > 0 or c.id in (select customer_id from orders where status = 'partly_bought_out')))
  select o.customer_id as id, count(*) as settled, sum(o.items_total) as shipped,
    sum(case o.status when 'delivered' then o.items_total
      when 'partly_bought_out' then (select coalesce(sum(i.kept_quantity * i.unit_price), 0) from order_items i where i.order_id = o.id)
      else 0 end) as kept
  from k join orders o on o.customer_id = k.id
  where o.status in ('delivered', 'partly_bought_out', 'refused', 'returned')
  group by o.customer_id having shipped > 0 and kept * 100 < $minimum * shipped`;
const REFUSED = `select c.id from customers c where ${LIVE} and c.refused_count >= $refusedMin`;
const INCIDENTS = `
  select i.customer_id as id, count(*) filter (where i.fault = 'customer' and ${countsAgainstCustomerSql('i.')}) as byCustomer,
    count(*) filter (where ${countsAgainstCustomerSql('i.')}) as all_
  from incidents i where i.happened_on >= $since and i.archived_at is null and i.customer_id is not null
  group by i.customer_id having (case when $byFault then byCustomer else all_ end) >= $incidentsMin`;
const HEAD = `
  select c.name, c.vip, c.caution, c.doubtful, c.orders_count, c.losses, c.refused_count, (${LIVE}) as live,
    (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = c.id order by p.id limit 1) as phone,
    (select count(*) from orders o where o.customer_id = c.id and o.ordered_on >= $since and o.status <> 'cancelled') as orders12m,
    ${'' /* a prepayment-only entry or a block, exactly on one of the customer's details, with no exception for them */}
    exists (select 1 from blocklist_entries e where e.action in ('prepayment', 'block') and e.lifted_at is null
        and (e.expires_at is null or e.expires_at > $now)
        and ((e.kind = 'phone' and e.value_norm in (select p.e164 from customer_phones p where p.customer_id = c.id))
          or (e.kind = 'email' and e.value_norm in (select m.email_norm from customer_emails m where m.customer_id = c.id))
          or (e.kind = 'address' and e.value_norm in (select a.address_norm from customer_addresses a where a.customer_id = c.id))
          or (e.kind = 'name' and c.name_norm <> '' and e.value_norm = c.name_norm))
        and not exists (select 1 from blocklist_exceptions x
                        where x.entry_id = e.id and x.customer_id = c.id and x.revoked_at is null)) as answered
  from customers c where c.id = $id`;

interface Head {
  name: string;
  vip: number;
  caution: number;
  doubtful: number;
  orders_count: number;
  losses: number;
  refused_count: number;
  live: number;
  phone: string | null;
  orders12m: number;
  answered: number;
}

const RANK: Record<RiskSignal['level'], number> = { block: 0, prepayment: 1, verify: 2, caution: 3, info: 4 };

function buildList(db: Db, input: AttentionInput): AttentionRow[] {
  const { risk, timeZone } = input.settings;
  const wants = (rule: AttentionRule) => input.rule === undefined || input.rule === rule;
  const since = addDays(localDate(input.now, timeZone), -365);
  const buyout = new Map<number, { settled: number; shipped: number; kept: number }>();
  if (wants('low_buyout') && risk.minBuyoutRatePercent > 0)
    for (const row of db
      .prepare(LOW_BUYOUT)
      .all({ settledMin: risk.buyoutMinOrders, minimum: risk.minBuyoutRatePercent }) as ({ id: number } & {
      settled: number;
      shipped: number;
      kept: number;
    })[])
      buyout.set(row.id, row);
  const incidents = new Map<number, { byCustomer: number; all_: number }>();
  if (wants('customer_fault_incidents'))
    for (const row of db.prepare(INCIDENTS).all({
      since,
      byFault: risk.incidentsCounted === 'customer_fault' ? 1 : 0,
      incidentsMin: risk.incidentsPerYearCaution,
    }) as { id: number; byCustomer: number; all_: number }[])
      incidents.set(row.id, row);
  const ids = new Set<number>([...buyout.keys(), ...incidents.keys()]);
  if (wants('refused_parcels'))
    for (const id of db
      .prepare(REFUSED)
      .pluck()
      .all({ refusedMin: risk.refusedParcelsPrepayment }) as number[])
      ids.add(id);

  const head = db.prepare(HEAD);
  const rows: (AttentionRow & { rank: number })[] = [];
  for (const id of ids) {
    const h = head.get({ id, since, now: input.now }) as Head;
    if (h.live !== 1) continue; // an incident of a merged-away or archived record
    const b = buyout.get(id);
    const i = incidents.get(id);
    const facts: CustomerFacts = {
      deliveredOrders: 0, // not read by these rules
      settledOrders: b?.settled ?? 0,
      buyoutRatePercent: b
        ? buyoutRatePercent({ settled: b.settled, shippedValue: b.shipped, keptValue: b.kept })
        : null,
      refusedOrUnclaimed: h.refused_count,
      customerFaultIncidents12m: i?.byCustomer ?? 0,
      allIncidents12m: i?.all_ ?? 0,
      orders12m: h.orders12m,
      hasVerifiedLandline: false, // not read by these rules
      doubtful: h.doubtful === 1,
    };
    // A buyout or refusal signal is answered by a prepayment-only entry (or a block) for the customer.
    const signals = [
      h.answered ? null : lowBuyout(facts, risk),
      h.answered ? null : refusedParcels(facts, risk),
      customerFaultIncidents(facts, risk),
    ]
      .filter(
        (s): s is RiskSignal => s !== null && s.level !== 'info' && (!input.rule || s.rule === input.rule),
      )
      .sort((a, b) => RANK[a.level] - RANK[b.level]);
    if (signals.length === 0) continue;
    rows.push({
      id,
      name: h.name,
      phone: h.phone,
      vip: h.vip === 1,
      caution: h.caution === 1,
      doubtful: h.doubtful === 1,
      ordersCount: h.orders_count,
      losses: h.losses,
      signals,
      rank: RANK[signals[0]!.level],
    });
  }
  // The most serious first (prepayment before caution), then what the customer has cost the shop.
  rows.sort((a, b) => a.rank - b.rank || b.losses - a.losses || a.id - b.id);
  return rows.map(({ rank: _rank, ...row }) => row);
}

// The last list per connection, for as long as nobody has written to the file (data_version) and
// the question (rule, thresholds, day) is the same.
const kept = new WeakMap<Db, { key: string; rows: AttentionRow[] }>();

export function attentionList(db: Db, input: AttentionInput): { total: number; rows: AttentionRow[] } {
  const version = db.pragma('data_version', { simple: true }) as number;
  const day = localDate(input.now, input.settings.timeZone);
  const key = JSON.stringify([version, day, input.rule ?? null, input.settings]);
  let entry = kept.get(db);
  if (entry?.key !== key) {
    entry = { key, rows: buildList(db, input) };
    kept.set(db, entry);
  }
  return { total: entry.rows.length, rows: entry.rows.slice(input.offset, input.offset + input.limit) };
}
