import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import { generateDemoShop } from '../../electron/core/demo/generate';
import { writeSettings } from '../../electron/core/settings/store';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';

// Builds one benchmark database, in its own process so the benchmark's peak RSS is the core's
// working set on the finished file and not the generator's. Called by run.ts; prints one JSON
// line (timings, peak RSS, row counts) on stdout.
//
// The build is a bulk load into a throwaway file: no rollback journal, no fsync, a 1 GiB page
// cache. The file ends in WAL mode like any ShopDesk database.

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    customers: { type: 'string' },
    orders: { type: 'string' },
    incidents: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
  },
});
const out = values.out;
if (!out) throw new Error('--out is required');
const size = (name: 'customers' | 'orders' | 'incidents') => Number(values[name]);

const partial = `${out}.building`;
for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });

const db = openDatabase(partial);
migrate(db);
// Out of WAL first: a single huge transaction would otherwise write every page twice (WAL, then
// checkpoint). MEMORY, not OFF: better-sqlite3's defensive mode refuses OFF, and a new file's
// appended pages are never journaled anyway.
db.pragma('journal_mode = DELETE');
if (db.pragma('journal_mode = MEMORY', { simple: true }) !== 'memory')
  throw new Error('journal_mode MEMORY refused');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -1048576');
writeSettings(db, { ...DEFAULT_SETTINGS, shopName: 'Benchmark shop', language: 'en' });
const staffId = Number(
  db
    .prepare("insert into staff (name, role, pin_hash, created_at) values ('Bench owner', 'owner', ?, ?)")
    // Not a usable PIN hash: the benchmark signs its session in directly, never by PIN.
    .run('bench-no-pin', Number(values.now)).lastInsertRowid,
);

const wall = performance.now();
const cpu = process.cpuUsage();
const mainCpu = process.threadCpuUsage();
const summary = generateDemoShop(db, {
  seed: Number(values.seed),
  customers: size('customers'),
  orders: size('orders'),
  incidents: size('incidents'),
  now: Number(values.now),
  staffId,
});
const generateMs = performance.now() - wall;
const used = process.cpuUsage(cpu);
const usedMain = process.threadCpuUsage(mainCpu);
db.pragma('journal_mode = WAL');
db.close();
renameSync(partial, out);

const result = {
  summary,
  staffId,
  now: Number(values.now),
  generateMs,
  generateCpuMs: (used.user + used.system) / 1000,
  // The critical path: on an otherwise idle machine the build takes about this long.
  generateMainThreadCpuMs: (usedMain.user + usedMain.system) / 1000,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
writeFileSync(`${out}.json`, JSON.stringify(result, null, 2));
process.stdout.write(`${JSON.stringify(result)}\n`);
