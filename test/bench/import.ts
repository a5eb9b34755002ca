import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../../electron/core/app';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import { call, watchStalls, type FileCase } from './files';
import { benchImportFile, MAPPING } from './import-file';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';

// Issue 8's budget: 100,000 orders imported in ≤ 10 s, off the main thread. A shop's history as
// Excel on a Russian Windows saves it (Windows-1251, semicolons, "1 234,50", dd.mm.yyyy, one row
// per order line, a tenth of the orders with two lines), a fifth of it from customers the shop
// already has, the rest from ~30,000 new ones; through the channels (upload, dry run, commit) into
// a COPY of the benchmark database, with the main thread's longest stall meanwhile. Then the same
// file again (everything unchanged, nothing written).
//
// Alone, on a copy of a database file (the cached benchmark one by default):
//   npx tsx test/bench/import.ts [--db path/to/shopdesk.sqlite] [--orders 100000] [--runs 1]

interface Summary {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  skipped: number;
  refused: number;
  riskHitsTotal: number;
}

/** When each step of the import's task.progress began, in seconds from the call. */
function watchSteps(core: Core): { marks: Map<string, number>; stop: () => void; reset: () => void } {
  const ctx = core.ctx!;
  const emit = ctx.emit;
  const marks = new Map<string, number>();
  let started = performance.now();
  ctx.emit = (event, payload) => {
    if (event === 'task.progress') {
      const p = payload as { task: string; step: string };
      if (p.task === 'import' && !marks.has(p.step)) marks.set(p.step, (performance.now() - started) / 1000);
    }
    emit(event, payload);
  };
  return {
    marks,
    stop: () => (ctx.emit = emit),
    reset: () => {
      marks.clear();
      started = performance.now();
    },
  };
}

/**
 * The floor: the same number of bare INSERTs into orders (the columns an import writes, the
 * schema's triggers firing) on this database, in one transaction rolled back.
 */
function insertFloor(core: Core, orders: number): number {
  const db = core.ctx!.db;
  const maxCustomer = db.prepare('select max(id) from customers').pluck().get() as number;
  const insert = db.prepare(
    `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, delivery_fee, total,
       amount_received, payment_method, payment_status, delivery_method, address, status)
     values (?, ?, 1, 1, ?, 100000, 30000, 130000, ?, 'card_online', 'unpaid', 'own_courier', 'Bench street', ?)`,
  );
  const started = performance.now();
  try {
    db.transaction(() => {
      for (let n = 0; n < orders; n++) {
        const delivered = n % 10 < 7;
        insert.run(
          `FLOOR-${n}`,
          1 + ((n * 7919) % maxCustomer),
          `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
          delivered ? 130000 : 0,
          delivered ? 'delivered' : 'new',
        );
      }
      throw new Error('rolled back');
    })();
  } catch (error) {
    if ((error as Error).message !== 'rolled back') throw error;
  }
  return (performance.now() - started) / 1000;
}

/** Upload + dry run + commit of `orders` new orders, `runs` times, then the last file once more. */
export async function runImportCases(core: Core, orders: number, runs: number): Promise<FileCase[]> {
  const steps = watchSteps(core);
  const commit: FileCase = {
    label: `import ${orders.toLocaleString('en')} orders (commit)`,
    note: 'import.commit right after its dry run (as the window does): the rows the dry run checked are reused; plan against the database, write in one transaction — in the file worker',
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  const before: FileCase = {
    label: `import ${orders.toLocaleString('en')} orders (upload + dry run)`,
    note: 'import.upload (keep the file, detect the reading) and import.dryRun (the same checks as a commit, nothing written)',
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  const cold: FileCase = {
    label: `import ${orders.toLocaleString('en')} other orders (commit with no dry run first)`,
    note: 'import.commit of a file no dry run has checked: read the CSV, check every row, plan, write',
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  const again: FileCase = {
    label: `import ${orders.toLocaleString('en')} orders again (all unchanged)`,
    note: 'the same file once more: upload + dry run + commit, every order compared with the stored one, nothing written',
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  let bytes: Buffer = Buffer.alloc(0);
  const valueMaps = { paymentMethod: { 'Наложенный платёж': 'cash_on_delivery' } };
  const setup = {
    target: 'orders',
    mapping: MAPPING,
    valueMaps,
    defaults: { deliveryMethod: 'own_courier' },
  };
  /** When a step of the last call began, in seconds from its start. */
  const at = (step: string) => steps.marks.get(step) ?? Number.NaN;
  for (let run = 0; run < runs; run++) {
    bytes = benchImportFile(core, orders, `IMP${Date.now().toString(36)}${run}`, 8 + run);
    // Encoded before the clock starts: in the app the window encodes it, not the main process.
    const dataBase64 = bytes.toString('base64');
    const prepared = await watchStalls(async () => {
      const file = await call<{ uploadId: string }>(core, 'import.upload', {
        fileName: 'history.csv',
        dataBase64,
      });
      const dry = await call<Summary>(core, 'import.dryRun', { ...setup, uploadId: file.uploadId });
      return { uploadId: file.uploadId, dry };
    });
    before.seconds.push(prepared.seconds);
    before.maxStallMs = Math.max(before.maxStallMs, prepared.maxStallMs);
    steps.reset();
    const done = await watchStalls(() =>
      call<Summary>(core, 'import.commit', { ...setup, uploadId: prepared.value.uploadId }),
    );
    const phases = `plan ${at('write').toFixed(1)} s, write ${(done.seconds - at('write')).toFixed(1)} s`;
    commit.seconds.push(done.seconds);
    commit.maxStallMs = Math.max(commit.maxStallMs, done.maxStallMs);
    const s = done.value;
    commit.detail =
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${s.rows.toLocaleString('en')} rows: ${s.create.toLocaleString('en')} created, ` +
      `${s.skipped} skipped, ${s.refused} refused, ${s.riskHitsTotal} risk hits (${phases})`;
    before.detail = `dry run said ${prepared.value.dry.create.toLocaleString('en')} to create`;
  }
  const other = benchImportFile(core, orders, `IMQ${Date.now().toString(36)}`, 99);
  const otherBase64 = other.toString('base64');
  const otherFile = await call<{ uploadId: string }>(core, 'import.upload', {
    fileName: 'other.csv',
    dataBase64: otherBase64,
  });
  steps.reset();
  const direct = await watchStalls(() =>
    call<Summary>(core, 'import.commit', { ...setup, uploadId: otherFile.uploadId }),
  );
  cold.seconds.push(direct.seconds);
  cold.maxStallMs = direct.maxStallMs;
  cold.detail =
    `${direct.value.create.toLocaleString('en')} created (read + check + plan ${at('write').toFixed(1)} s, ` +
    `write ${(direct.seconds - at('write')).toFixed(1)} s)`;
  const dataBase64 = bytes.toString('base64');
  const repeated = await watchStalls(async () => {
    const file = await call<{ uploadId: string }>(core, 'import.upload', {
      fileName: 'history.csv',
      dataBase64,
    });
    await call<Summary>(core, 'import.dryRun', { ...setup, uploadId: file.uploadId });
    return call<Summary>(core, 'import.commit', { ...setup, uploadId: file.uploadId });
  });
  again.seconds.push(repeated.seconds);
  again.maxStallMs = repeated.maxStallMs;
  again.detail = `${repeated.value.unchanged.toLocaleString('en')} unchanged, ${repeated.value.create} created`;
  steps.stop();
  const floorSeconds = insertFloor(core, orders);
  const floor: FileCase = {
    label: `floor: ${orders.toLocaleString('en')} bare INSERTs into orders`,
    note: 'the orders an import writes as bare INSERTs (same columns, the triggers firing) in one transaction, rolled back — on the main thread, so its stall is not a finding',
    seconds: [floorSeconds],
    maxStallMs: 0,
    detail: 'no items, status rows, customers or checks',
  };
  return [before, commit, cold, again, floor];
}

// Run alone: on a copy of a database file, migrated to the current schema (no backup first).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('test/bench/import.ts')) {
  const argv = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      orders: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '1' },
      staff: { type: 'string' },
    },
  });
  const root = resolve(import.meta.dirname, '../..');
  const source = values.db ?? findBenchDb(root);
  const dir = join(tmpdir(), `shopdesk-import-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'shopdesk.sqlite');
  console.error(`Copying ${source} …`);
  copyFileSync(source, target);
  const db = openDatabase(target);
  migrate(db);
  const staffId =
    Number(values.staff) ||
    (db
      .prepare("select id from staff where role = 'owner' and active = 1 order by id limit 1")
      .pluck()
      .get() as number);
  db.close();
  const core = createCore({
    dataDir: dir,
    version: 'bench',
    backupKeys: plainFileKeyStore(dir),
    log: (m, e) => console.error(m, e),
  });
  core.ctx!.session.staffId = staffId;
  try {
    const cases = await runImportCases(core, Number(values.orders), Number(values.runs));
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    for (const c of cases) {
      console.log(
        `${c.label}: ${c.seconds.map((s) => `${s.toFixed(1)} s`).join(', ')} — ${c.detail}; max main-thread stall ${c.maxStallMs.toFixed(0)} ms`,
      );
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await stopWorker();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The newest cached benchmark database (any schema version: the copy is migrated). */
function findBenchDb(root: string): string {
  const cache = join(root, '.bench');
  const built = readdirSync(cache)
    .map((dir) => join(cache, dir, 'shopdesk.sqlite'))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!built[0]) throw new Error('No benchmark database in .bench/: run npm run bench once, or pass --db');
  return built[0];
}
