import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/app';
import { LATEST_VERSION, migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { DEMO_SIZES } from '../../electron/core/demo/generate';
import { mb, ms, printTable, time, type Timing } from './measure';
import { printFileCases, runFileCases } from './files';
import { runImportCases } from './import';
import { runPlanningCases } from './planning';
import { runCases, type Case } from './queries';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';

// npm run bench [-- --customers N --orders N --incidents N --seed N --fresh]
//
// DESIGN §8: builds a synthetic shop with the demo generator (cached in .bench/, keyed by sizes,
// seed, schema and generator source), then prints per operation the median and p95 next to the
// raw SQLite floor. Numbers, never assertions: nothing here can fail a build.

const here = import.meta.dirname;
const root = resolve(here, '../..');
// `npx tsx run.ts -- --customers …` passes the "--" through; parseArgs would stop there.
const argv = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
const { values } = parseArgs({
  args: argv,
  options: {
    customers: { type: 'string', default: String(DEMO_SIZES.bench.customers) },
    orders: { type: 'string', default: String(DEMO_SIZES.bench.orders) },
    incidents: { type: 'string', default: String(DEMO_SIZES.bench.incidents) },
    seed: { type: 'string', default: '20261123' },
    fresh: { type: 'boolean', default: false },
  },
});
const sizes = {
  customers: Number(values.customers),
  orders: Number(values.orders),
  incidents: Number(values.incidents),
};
for (const [name, n] of Object.entries(sizes)) {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
}

/** Schema and generator fingerprint: a cached file is reused only if neither changed. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const probe = new Database(':memory:');
  migrate(probe);
  for (const row of probe
    .prepare('select type, name, sql from sqlite_schema order by name')
    .raw()
    .iterate()) {
    hash.update(JSON.stringify(row));
  }
  probe.close();
  const demoDir = join(root, 'electron/core/demo');
  for (const file of readdirSync(demoDir).sort()) hash.update(readFileSync(join(demoDir, file)));
  hash.update(readFileSync(join(here, 'build-db.ts')));
  return hash.digest('hex').slice(0, 10);
}

interface Built {
  staffId: number;
  now: number;
  generateMs: number;
  generateCpuMs: number;
  generateMainThreadCpuMs?: number;
  peakRssMb: number;
  summary: Record<string, number>;
}

const cacheRoot = join(root, '.bench');
const family = `c${sizes.customers}-o${sizes.orders}-i${sizes.incidents}-s${values.seed}-v${LATEST_VERSION}`;
const dataDir = join(cacheRoot, `${family}-${fingerprint()}`);
const dbPath = join(dataDir, 'shopdesk.sqlite');
mkdirSync(cacheRoot, { recursive: true });
// Older builds of the same sizes (another schema or generator) are dead weight: up to a GB each.
for (const dir of readdirSync(cacheRoot)) {
  if (dir.startsWith(`${family}-`) && join(cacheRoot, dir) !== dataDir)
    rmSync(join(cacheRoot, dir), { recursive: true });
}

let built: Built;
let cached = false;
if (!values.fresh && existsSync(dbPath) && existsSync(`${dbPath}.json`)) {
  built = JSON.parse(readFileSync(`${dbPath}.json`, 'utf8')) as Built;
  cached = true;
} else {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error(`Building ${family} (the first run takes a while; later runs reuse ${dataDir})…`);
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      join(here, 'build-db.ts'),
      ...['--out', dbPath, '--seed', String(values.seed), '--now', String(Date.now())],
      ...[
        '--customers',
        String(sizes.customers),
        '--orders',
        String(sizes.orders),
        '--incidents',
        String(sizes.incidents),
      ],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`Building the benchmark database failed (exit ${child.status})`);
  built = JSON.parse(child.stdout.trim().split('\n').pop()!) as Built;
}

const fileBytes = statSync(dbPath).size;
const lines: string[][] = [];
const row = (label: string, t: Timing | { error: string } | null, floor: Timing | null) => {
  const cell = (x: Timing | null, key: 'median' | 'p95') => (x ? ms(x[key]) : '—');
  if (t && 'error' in t) {
    lines.push([label, '—', '—', '—', '—', cell(floor, 'median'), cell(floor, 'p95'), t.error]);
    return;
  }
  const main = t ?? floor!;
  lines.push([
    label,
    String(main.n),
    main.rows === 0 ? '—' : main.rows >= 10 ? main.rows.toFixed(0) : main.rows.toFixed(1),
    ms(main.median),
    ms(main.p95),
    t ? cell(floor, 'median') : '=',
    t ? cell(floor, 'p95') : '=',
  ]);
};

// Opening the big file: what every app start pays (the schema is current, so migrate is a no-op).
row(
  'open + migrate (current)',
  time(30, () => {
    const db = openDatabase(dbPath);
    migrate(db);
    db.close();
    return 0;
  }),
  null,
);
const scratch = join(tmpdir(), `shopdesk-bench-${process.pid}`);
mkdirSync(scratch, { recursive: true });
row(
  `migrate empty → v${LATEST_VERSION}`,
  time(20, (i) => {
    const db = openDatabase(join(scratch, `empty-${i}.sqlite`));
    migrate(db);
    db.close();
    return 0;
  }),
  null,
);
// An upgrade copies the file aside before migrating (migrate.ts); this is that copy plus an open.
const copyPath = join(scratch, 'copy.sqlite');
row(
  'copy file + open + migrate',
  time(3, () => {
    copyFileSync(dbPath, copyPath);
    const db = openDatabase(copyPath);
    migrate(db);
    db.close();
    rmSync(copyPath, { force: true });
    return 0;
  }),
  null,
);

const core = createCore({ dataDir, version: 'bench', backupKeys: plainFileKeyStore(dataDir), log: () => {} });
if (!core.ctx) throw new Error(`The benchmark database did not open: ${core.status.problem?.message}`);
// Signed in directly: the benchmark owner has no real PIN (see build-db.ts).
core.ctx.session.staffId = built.staffId;
const rssBeforeCalls = process.memoryUsage().rss;
const small = sizes.orders < 100_000;
const cases: Case[] = await runCases(core, core.ctx.db, {
  lookups: 2000,
  plans: small ? 200 : 300,
  ranges: small ? 200 : 300,
});
for (const c of cases) row(c.label, c.op, c.floor);
const sqliteVersion = (core.ctx.db.prepare('select sqlite_version() as v').get() as { v: string }).v;
core.close();

// Cases that write (a planning day, moves) run on a copy, so the cached file stays as built.
const planDir = join(scratch, 'planning');
mkdirSync(planDir, { recursive: true });
copyFileSync(dbPath, join(planDir, 'shopdesk.sqlite'));
const planCore = createCore({
  dataDir: planDir,
  version: 'bench',
  backupKeys: plainFileKeyStore(planDir),
  log: () => {},
});
if (!planCore.ctx) throw new Error(`The benchmark copy did not open: ${planCore.status.problem?.message}`);
planCore.ctx.session.staffId = built.staffId;
const planning = await runPlanningCases(planCore, planCore.ctx.db, built.staffId, small ? 200 : 300);
for (const c of planning) row(c.label, c.op, c.floor);
cases.push(...planning);
const fileCases = await runFileCases(planCore, 2);
// Issue 8: 100,000 orders imported into the same copy through the import channels (import.ts).
fileCases.push(...(await runImportCases(planCore, 100_000, 1)));
await stopWorker();
planCore.close();
rmSync(scratch, { recursive: true, force: true });

const rss = process.resourceUsage().maxRSS * 1024;
console.log('');
console.log(
  `ShopDesk benchmark — ${sizes.customers.toLocaleString('en')} customers, ${sizes.orders.toLocaleString('en')} orders, ` +
    `${sizes.incidents.toLocaleString('en')} incidents (seed ${values.seed}, schema v${LATEST_VERSION})`,
);
console.log(
  `Node ${process.versions.node}, SQLite ${sqliteVersion}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0]!.toFixed(1)} (other work on the machine slows every line)`,
);
const seconds = (value: number | undefined) => (value === undefined ? '?' : (value / 1000).toFixed(1));
console.log(
  `Generation: ${seconds(built.generateMs)} s wall, ${seconds(built.generateCpuMs)} s CPU on all threads, ` +
    `${seconds(built.generateMainThreadCpuMs)} s CPU on the main thread (≈ wall on an idle 2-core machine), ` +
    `peak RSS ${built.peakRssMb.toFixed(0)} MB (separate process${cached ? '; cached file, built earlier' : ''})`,
);
console.log(`Database file: ${mb(fileBytes)} at ${dbPath}`);
console.log('');
printTable(['operation', 'n', 'rows', 'median ms', 'p95 ms', 'floor median', 'floor p95', 'note'], lines);
console.log('');
console.log(
  `RSS of this process: ${mb(rssBeforeCalls)} after opening the database, peak ${mb(rss)} over all lines ` +
    '(the channel lines included)',
);
printFileCases(fileCases);
console.log('');
console.log('What each line measures:');
console.log(
  '  open + migrate (current): openDatabase + migrate (a no-op at the current version) + close, on the benchmark file',
);
console.log(
  `  migrate empty → v${LATEST_VERSION}: a new empty file migrated through every step (all schema DDL), then closed`,
);
console.log(
  '  copy file + open + migrate: the copy an upgrade takes before migrating, then open + migrate of the copy',
);
for (const c of cases) console.log(`  ${c.label}: ${c.note}`);
console.log(
  '  floor: the raw better-sqlite3 prepared statement; "=" means the operation is that statement (no channel yet)',
);
