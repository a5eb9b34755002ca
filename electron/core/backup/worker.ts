import { rmSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { accountantExport, type ExportTask } from '../export/accountant';
import { attentionList, type AttentionInput } from '../customers/attention';
import { runImportTask, type ImportTask } from '../import/task';
import { periodReport } from '../reports/period';
import { profitability, type ProfitabilityInput } from '../reports/profitability';
import { BackupRefused, inspectBackup } from './inspect';
import { takeSnapshot, type SnapshotTask } from './snapshot';

// The slow file work (snapshots, checks of a 1 GB backup, decrypting, the accountant's export)
// runs here, off the thread that answers the window, so the app stays responsive meanwhile.
// Messages: { id, task } in; { id, progress } / { id, result } / { id, error } out.

export type WorkerTask =
  | { kind: 'backup'; task: SnapshotTask }
  | {
      kind: 'inspect';
      location: string;
      passphrase?: string;
      latestVersion: number;
      tempRoot: string;
      /** Keep the checked copies (database and evidence) for a restore; otherwise only report. */
      keep: boolean;
    }
  | { kind: 'export'; task: ExportTask }
  | { kind: 'report'; report: ReportTask }
  /** Close what this thread holds open on a database file: a restore is about to replace it. */
  | { kind: 'release'; databasePath: string }
  | { kind: 'import'; task: ImportTask };

export type ReportTask =
  | { name: 'period'; databasePath: string; from: string; to: string; granularity: 'week' | 'month' }
  | { name: 'profitability'; databasePath: string; input: ProfitabilityInput }
  | { name: 'attention'; databasePath: string; input: AttentionInput };

// One read connection per database file, kept between reports (each query sees the latest commit).
const readers = new Map<string, Database.Database>();
function reader(path: string): Database.Database {
  let db = readers.get(path);
  if (!db?.open) {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    readers.set(path, db);
  }
  return db;
}

// Answers per question, for as long as nobody has written to the file since: SQLite's
// data_version changes on this connection whenever another connection commits, so a cached answer
// is exactly what the query would return. Reopening Reports, or going back to it from a customer,
// then costs no SQL. A few entries: the periods and pages the owner is looking at.
const answers = new Map<string, { version: number; answer: unknown }>();
const MAX_ANSWERS = 32;

function report(task: ReportTask) {
  const db = reader(task.databasePath);
  const version = db.pragma('data_version', { simple: true }) as number;
  const key = JSON.stringify(task);
  const cached = answers.get(key);
  if (cached?.version === version) return cached.answer;
  // The attention list keeps its own whole list and pages from it (attention.ts).
  if (task.name === 'attention') return attentionList(db, task.input);
  const answer =
    task.name === 'period'
      ? periodReport(db, task.from, task.to, task.granularity)
      : profitability(db, task.input);
  answers.delete(key);
  answers.set(key, { version, answer });
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  return answer;
}

async function run(message: WorkerTask, progress: (step: string, done: number, total: number) => void) {
  switch (message.kind) {
    case 'backup':
      return takeSnapshot(message.task, progress);
    case 'export':
      return accountantExport(message.task, progress);
    case 'report':
      return report(message.report);
    case 'import':
      return runImportTask(message.task, progress);
    case 'release':
      readers.get(message.databasePath)?.close();
      readers.delete(message.databasePath);
      answers.clear();
      return null;
    case 'inspect': {
      const inspected = await inspectBackup(message.location, message);
      if (message.keep) return inspected;
      rmSync(inspected.tempDir, { recursive: true, force: true });
      return { ...inspected, databaseFile: null, evidenceDir: null };
    }
  }
}

parentPort?.on('message', (message: { id: number; task: WorkerTask }) => {
  run(message.task, (step, done, total) =>
    parentPort!.postMessage({ id: message.id, progress: { step, done, total } }),
  )
    .then((result) => parentPort!.postMessage({ id: message.id, result }))
    .catch((error: Error) =>
      parentPort!.postMessage({
        id: message.id,
        error: {
          name: error.name,
          kind: error instanceof BackupRefused ? error.kind : null,
          message: error.message,
        },
      }),
    );
});
