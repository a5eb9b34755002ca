import Database from 'better-sqlite3';
import { attentionList } from '../../electron/core/customers/attention';
import { readSettings } from '../../electron/core/settings/store';
const db = new Database('/tmp/attention-bench/full.sqlite', { readonly: true });
const s = readSettings(db as never);
const now = 1796197135529;
for (const rule of [undefined, 'refused_parcels', 'low_buyout', 'customer_fault_incidents'] as const) {
  const t0 = performance.now();
  const r = attentionList(db as never, { settings: { risk: s.risk, country: s.country, timeZone: s.timeZone }, now, rule, offset: 0, limit: 50 });
  const t1 = performance.now();
  attentionList(db as never, { settings: { risk: s.risk, country: s.country, timeZone: s.timeZone }, now, rule, offset: 50, limit: 50 });
  const t2 = performance.now();
  console.log(rule ?? 'all', 'total', r.total, 'first', Math.round(t1 - t0), 'ms', 'next page', (t2 - t1).toFixed(2), 'ms');
}
const t0 = performance.now();
const n = db.prepare(`select count(*) from customers c where c.merged_into_id is null and c.archived_at is null and (c.refused_count >= 2 or c.incidents_count >= 2 or (c.bought_out_count + c.refused_count >= 3 and (c.refused_count > 0 or c.id in (select customer_id from orders where status = 'partly_bought_out'))))`).pluck().get();
console.log('candidates', n, Math.round(performance.now() - t0), 'ms');
