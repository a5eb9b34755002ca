import { noBackupKeys } from '../backup/key-store';
import type { ImportRunInput, ImportSummary } from '../../../shared/contract/import';
import { localDate } from '../../../shared/domain/dates';
import type { Settings } from '../../../shared/domain/settings';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { openDatabase, type Db } from '../db/open';
import { readSettings } from '../settings/store';
import { planCustomers } from './plan-customers';
import { planOrders } from './plan-orders';
import type { ProblemLog, UnknownValues } from './records';
import { customerRows } from './rows-customers';
import { orderRows } from './rows-orders';
import { readUpload, storedName, type UploadMeta } from './staging';
import { summarize, type Counts } from './summary';
import { defaultDateOrder, layoutKeyOf, readTable, type Table } from './table';
import type { WorkerAnswer } from './task';
import { writeCustomers } from './write-customers';
import { writeOrders } from './write-orders';

// A dry run and a commit are one pass over the file: read, check every row, plan against the
// database. The commit then writes the plan in one IMMEDIATE transaction on the worker's own
// connection — every accepted row or, if anything throws, none. The plan is made under a read
// snapshot (so the window's writes are not held up meanwhile) and made again inside the write
// transaction only if another connection wrote in between (PRAGMA data_version).

export type RunAnswer = WorkerAnswer<ImportSummary & { importId: number | null; layoutKey: string }>;

export interface RunTask {
  op: 'dryRun' | 'commit';
  dataDir: string;
  databasePath: string;
  uploadId: string;
  input: ImportRunInput;
  staffId: number;
  at: number;
}

type Progress = (step: string, done: number, total: number) => void;

/** A context for the shared policy and audit code, on the worker's connection. */
function workerContext(db: Db, task: RunTask): CoreContext {
  return {
    db,
    now: () => task.at,
    dataDir: task.dataDir,
    version: '',
    platform: {},
    backupKeys: noBackupKeys,
    session: { staffId: task.staffId },
    emit: () => {},
  };
}

function checkColumns(input: ImportRunInput, table: Table): RunAnswer | null {
  const issues = Object.entries(input.mapping)
    .filter(([, column]) => column! >= table.columnCount)
    .map(([field]) => ({ path: `mapping.${field}`, message: `The file has ${table.columnCount} columns` }));
  return issues.length > 0 ? { ok: false, code: 'VALIDATION', message: issues[0]!.message, issues } : null;
}

interface Pass {
  log: ProblemLog;
  unknown: UnknownValues;
  /** Plans against the database as it is now; problems it finds go after the row problems. */
  plan: (ctx: CoreContext) => {
    counts: Counts;
    write: (progress: Progress) => void;
    riskHits: ImportSummary['riskHits'];
  };
}

/** The summary's counts: rows read, records checked, and what the plan does with them. */
function counted(
  rowCount: number,
  rows: { total: number; skipped: number },
  plan: { changes: { kind: 'create' | 'update' }[]; unchanged: number; skipped?: number; refused?: number },
): Counts {
  const create = plan.changes.filter((c) => c.kind === 'create').length;
  return {
    rows: rowCount,
    total: rows.total,
    create,
    update: plan.changes.length - create,
    unchanged: plan.unchanged,
    skipped: rows.skipped + (plan.skipped ?? 0),
    refused: plan.refused ?? 0,
  };
}

function pass(
  table: Table,
  input: ImportRunInput,
  settings: Settings,
  meta: UploadMeta,
  today: string,
): Pass {
  // Read now: the rows are let go once checked.
  const rowCount = table.rows.length;
  if (input.target === 'customers') {
    const rows = customerRows(table, input.mapping, settings.country);
    const rowProblems = rows.log.problems.length;
    return {
      log: rows.log,
      unknown: {},
      plan: (ctx) => {
        rows.log.problems.length = rowProblems;
        const plan = planCustomers(ctx, rows.records, settings);
        return {
          counts: counted(rowCount, rows, plan),
          write: (progress) => writeCustomers(ctx, plan, (d, t) => progress('write', d, t)),
          riskHits: plan.riskHits,
        };
      },
    };
  }
  const rows = orderRows(table, {
    mapping: input.mapping,
    valueMaps: input.valueMaps,
    defaults: input.defaults,
    settings,
    dateOrder: table.reading.dateOrder,
    today,
  });
  const rowProblems = rows.log.problems.length;
  return {
    log: rows.log,
    unknown: rows.unknown,
    plan: (ctx) => {
      rows.log.problems.length = rowProblems;
      const plan = planOrders(ctx, rows.records, rows.log, settings, input.overrideReason);
      return {
        counts: counted(rowCount, rows, plan),
        write: (progress) =>
          writeOrders(ctx, plan, meta.fileName, input.overrideReason, (d, t) => progress('write', d, t)),
        riskHits: plan.riskHits,
      };
    },
  };
}

const lastId = (ctx: CoreContext, table: 'orders' | 'customers') =>
  ctx.db.prepare(`select coalesce(max(id), 0) from ${table}`).pluck().get() as number;

/** The rows written from before.x + 1 to now: nobody else writes while the import's transaction is open. */
interface Written {
  orders: number;
  customers: number;
}

function recordImport(
  ctx: CoreContext,
  task: RunTask,
  meta: UploadMeta,
  layoutKey: string,
  counts: Counts,
  before: Written,
): number {
  const range = (table: keyof Written) => {
    const last = lastId(ctx, table);
    return last > before[table] ? [before[table] + 1, last] : [null, null];
  };
  const { input } = task;
  const setup = {
    target: input.target,
    mapping: input.mapping,
    valueMaps: input.valueMaps,
    defaults: input.defaults,
    options: input.options,
  };
  const id = Number(
    ctx.db
      .prepare(
        `insert into imports (file_name, stored_name, sha256, size_bytes, format, target, layout_key, setup, rows, created,
           updated, unchanged, skipped, refused, first_order_id, last_order_id, first_customer_id, last_customer_id,
           staff_id, at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        meta.fileName,
        storedName(task.uploadId, meta.format),
        meta.sha256,
        meta.sizeBytes,
        meta.format,
        input.target,
        layoutKey,
        JSON.stringify(setup),
        counts.rows,
        counts.create,
        counts.update,
        counts.unchanged,
        counts.skipped,
        counts.refused,
        ...range('orders'),
        ...range('customers'),
        task.staffId,
        task.at,
      ).lastInsertRowid,
  );
  writeAudit(ctx.db, task.at, {
    staffId: task.staffId,
    action: 'import',
    entity: 'import',
    entityId: id,
    after: { fileName: meta.fileName, sha256: meta.sha256, target: input.target, ...counts },
    note: input.overrideReason ?? '',
  });
  return id;
}

/** The file's table; its bytes live only in here (a 20 MB file should not stay for the whole import). */
async function readFile(task: RunTask, country: string): Promise<{ meta: UploadMeta; table: Table }> {
  const { meta, bytes } = readUpload(task.dataDir, task.uploadId);
  const table = await readTable(bytes, meta.format, task.input.options, defaultDateOrder(country));
  return { meta, table };
}

interface Checked {
  /** What the rows' values depend on: the file, the setup, the settings and the day. */
  key: string;
  meta: UploadMeta;
  layoutKey: string;
  rowCount: number;
  pass: Pass;
}

/**
 * The last dry run's checked rows, kept in the worker for its commit: the window commits right
 * after a dry run of the same file and setup, and reading and checking 100,000 rows again took
 * ~4 s of the commit. The plan against the database is always made again. One at most, for ten
 * minutes (100,000 rows hold ~110 MB); a commit or another run lets it go sooner.
 */
let kept: Checked | null = null;
const KEEP_MS = 10 * 60_000;
let forget: ReturnType<typeof setTimeout> | undefined;

function keep(checked: Checked | null) {
  kept = checked;
  clearTimeout(forget);
  if (checked) forget = setTimeout(() => (kept = null), KEEP_MS).unref();
}

async function checkFile(
  task: RunTask,
  settings: Settings,
  progress: Progress,
): Promise<Checked | RunAnswer> {
  const today = localDate(task.at, settings.timeZone);
  const key = JSON.stringify([task.dataDir, task.uploadId, task.input, settings, today]);
  if (kept?.key === key) {
    // The import will name the kept file by its hash: it must still be there, unchanged.
    readUpload(task.dataDir, task.uploadId);
    return kept;
  }
  keep(null);
  progress('read', 0, 1);
  const { meta, table } = await readFile(task, settings.country);
  const wrong = checkColumns(task.input, table);
  if (wrong) return wrong;
  const rowCount = table.rows.length;
  progress('check', 0, rowCount);
  const checked: Checked = {
    key,
    meta,
    layoutKey: layoutKeyOf(table.format, table.headers, table.columnCount),
    rowCount,
    pass: pass(table, task.input, settings, meta, today),
  };
  // The records hold what they need of the cells; the rest of 100,000 rows can go.
  table.rows = [];
  return checked;
}

export async function runImport(task: RunTask, progress: Progress): Promise<RunAnswer> {
  const db = openDatabase(task.databasePath, { readonly: task.op === 'dryRun' });
  try {
    // 64 MB of page cache for the commit (the default 16 MB): every order touches five order
    // indexes, and a fifth less time goes to re-reading pages. The bulk writes' staging tables
    // (TEMP) stay in memory rather than in a temporary file.
    if (task.op === 'commit') {
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
    }
    const settings = readSettings(db);
    const checked = await checkFile(task, settings, progress);
    if (!('pass' in checked)) return checked;
    keep(task.op === 'dryRun' ? checked : null);
    const { meta, layoutKey, rowCount } = checked;
    progress('check', 0, rowCount);
    const ctx = workerContext(db, task);
    const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
    let seen = 0;
    let planned = db.transaction(() => {
      seen = dataVersion();
      return checked.pass.plan(ctx);
    })();
    progress('check', rowCount, rowCount);
    let importId: number | null = null;
    if (task.op === 'commit') {
      importId = db
        .transaction(() => {
          if (dataVersion() !== seen) planned = checked.pass.plan(ctx);
          if (planned.counts.create + planned.counts.update === 0) return null;
          const before = { orders: lastId(ctx, 'orders'), customers: lastId(ctx, 'customers') };
          planned.write(progress);
          return recordImport(ctx, task, meta, layoutKey, planned.counts, before);
        })
        .immediate();
      const written = planned.counts.create + planned.counts.update;
      progress('write', written, written);
    }
    const summary = summarize(
      task.input.target,
      planned.counts,
      checked.pass.log,
      checked.pass.unknown,
      planned.riskHits,
    );
    return { ok: true, value: { ...summary, importId, layoutKey } };
  } finally {
    db.close();
  }
}
