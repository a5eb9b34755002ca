import Database from 'better-sqlite3';
import { customerFacts, orderCounts } from '../../electron/core/customers/facts';
import { getCustomerRow, loadCustomer, probeOf } from '../../electron/core/customers/rows';
import { findHits } from '../../electron/core/blocklist/match';
const db = new Database('/tmp/attention-bench/full.sqlite', { readonly: true }) as never as import('../../electron/core/db/open').Db;
const now = 1796197135529;
const ids = (db as any).prepare('select id from customers where refused_count >= 2 limit 2000').pluck().all() as number[];
for (let round = 0; round < 2; round++) {
  let a = 0, b = 0, c = 0;
  for (const id of ids) {
    const t0 = performance.now(); const counts = orderCounts(db, id);
    const t1 = performance.now(); customerFacts(db, id, counts, now, 'Europe/Moscow');
    const t2 = performance.now(); findHits(db, probeOf(loadCustomer(db, getCustomerRow(db, id)!)), 'RU', now);
    const t3 = performance.now(); a += t1 - t0; b += t2 - t1; c += t3 - t2;
  }
  console.log(`round ${round}: orderCounts ${(a / ids.length * 1000).toFixed(0)}µs facts ${(b / ids.length * 1000).toFixed(0)}µs hits ${(c / ids.length * 1000).toFixed(0)}µs`);
}
