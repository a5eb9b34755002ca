import type { AttentionRow, AttentionRule } from '../../../shared/contract/customers';
import type { RiskSignal } from '../../../shared/domain/risk';
import type { Settings } from '../../../shared/domain/settings';
import { findHits } from '../blocklist/match';
import { localDate } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { customerFaultIncidents, lowBuyout, refusedParcels } from '../risk/rules';
import { customerFacts, orderCounts } from './facts';
import { getCustomerRow, loadCustomer, probeOf } from './rows';

// "Needs a decision": every customer for whom a customer-level rule fires (the same rule functions
// and facts as the card) and whom nobody has acted on yet. The SQL only narrows the shop to the
// customers who *can* fire, from the totals the triggers keep on each customer; the rules then
// judge those exactly. It runs in the file worker (reports' read connection), and the whole list
// is kept until the next write, so paging through it costs no SQL.

export interface AttentionInput {
  settings: Pick<Settings, 'risk' | 'country' | 'timeZone'>;
  now: number;
  rule?: AttentionRule;
  offset: number;
  limit: number;
}

interface Candidate {
  id: number;
  orders_count: number;
  losses: number;
}

// A rule can only fire for these, so nobody else is read:
// - refused parcels: the refused / returned count is kept on the customer;
// - incidents: the customer's count of all incidents ever is at least the count of any 12 months;
// - a buyout under the minimum needs goods sent and not kept: a refusal or a partial buyout.
const CANDIDATES = `
  select c.id, c.orders_count, c.losses from customers c
  where c.merged_into_id is null and c.archived_at is null and (
    ($refused and c.refused_count >= $refusedMin)
    or ($incidents and c.incidents_count >= $incidentsMin)
    or ($buyout and c.bought_out_count + c.refused_count >= $settledMin
        and (c.refused_count > 0 or c.id in (select customer_id from orders where status = 'partly_bought_out'))))`;

/** The signals of one customer that ask for a decision nobody has taken yet. */
function openSignals(db: Db, id: number, input: AttentionInput): RiskSignal[] {
  const { risk, timeZone, country } = input.settings;
  const facts = customerFacts(db, id, orderCounts(db, id), input.now, timeZone);
  const fired = [lowBuyout(facts, risk), refusedParcels(facts, risk), customerFaultIncidents(facts, risk)].filter(
    (s): s is RiskSignal => s !== null && s.level !== 'info' && (!input.rule || s.rule === input.rule),
  );
  if (!fired.some((s) => s.rule !== 'customer_fault_incidents')) return fired;
  // A buyout or refusal signal is answered by a prepayment-only entry (or a block) that applies
  // to the customer — as the card shows it, an exception the owner granted does not count.
  const customer = loadCustomer(db, getCustomerRow(db, id)!);
  const answered = findHits(db, probeOf(customer), country, input.now).some(
    (hit) => hit.exception === null && (hit.effective === 'prepayment' || hit.effective === 'block'),
  );
  return answered ? fired.filter((s) => s.rule === 'customer_fault_incidents') : fired;
}

const RANK: Record<RiskSignal['level'], number> = { block: 0, prepayment: 1, verify: 2, caution: 3, info: 4 };

function buildList(db: Db, input: AttentionInput): AttentionRow[] {
  const { risk } = input.settings;
  const rule = input.rule;
  const candidates = db.prepare(CANDIDATES).all({
    refused: rule === undefined || rule === 'refused_parcels' ? 1 : 0,
    refusedMin: risk.refusedParcelsPrepayment,
    incidents: rule === undefined || rule === 'customer_fault_incidents' ? 1 : 0,
    incidentsMin: risk.incidentsPerYearCaution,
    buyout: rule === undefined || rule === 'low_buyout' ? 1 : 0,
    settledMin: risk.buyoutMinOrders,
  }) as Candidate[];
  const rows: (AttentionRow & { rank: number })[] = [];
  const head = db.prepare(
    `select c.name, c.vip, c.caution, c.doubtful,
       (select coalesce(p.e164, p.raw) from customer_phones p where p.customer_id = c.id order by p.id limit 1) as phone
     from customers c where c.id = ?`,
  );
  for (const candidate of candidates) {
    const signals = openSignals(db, candidate.id, input).sort((a, b) => RANK[a.level] - RANK[b.level]);
    if (signals.length === 0) continue;
    const h = head.get(candidate.id) as { name: string; vip: number; caution: number; doubtful: number; phone: string | null };
    rows.push({
      id: candidate.id,
      name: h.name,
      phone: h.phone,
      vip: h.vip === 1,
      caution: h.caution === 1,
      doubtful: h.doubtful === 1,
      ordersCount: candidate.orders_count,
      losses: candidate.losses,
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
