import { rmSync } from 'node:fs';
import type { Core } from '../../electron/core/app';
import { dispatch } from '../../electron/core/dispatch';

// Issue 7: a backup of the benchmark database (≤ 10 s) and the accountant's export of its last
// year (≤ 15 s), through their channels, with how long the main thread went without answering
// meanwhile (the work runs in the file worker; the main thread only waits).

export interface FileCase {
  label: string;
  note: string;
  seconds: number[];
  /** Longest gap between 5 ms timer ticks on the main thread during the task. */
  maxStallMs: number;
  detail: string;
}

/** Runs `task`, measuring the main thread's longest gap between 5 ms timer ticks meanwhile. */
export async function watchStalls<T>(
  task: () => Promise<T>,
): Promise<{ value: T; maxStallMs: number; seconds: number }> {
  let last = performance.now();
  let maxStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxStallMs = Math.max(maxStallMs, now - last - 5);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const value = await task();
    return { value, maxStallMs, seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(timer);
  }
}

/** A channel call through dispatch that throws on a refusal (a benchmark has nothing to show then). */
export async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

export async function runFileCases(core: Core, runs: number): Promise<FileCase[]> {
  const db = core.ctx!.db;
  const cases: FileCase[] = [];

  const backup: FileCase = {
    label: 'backup (whole database)',
    note: 'backup.run: SQLite online backup into a temp folder, quick_check, sha256, fsync, rename — in the file worker',
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  for (let i = 0; i < runs; i++) {
    core.ctx!.now = () => Date.now() + i * 1000;
    const { value, maxStallMs, seconds } = await watchStalls(() =>
      call<{ path: string; sizeBytes: number }>(core, 'backup.run', {}),
    );
    backup.seconds.push(seconds);
    backup.maxStallMs = Math.max(backup.maxStallMs, maxStallMs);
    backup.detail = `${(value.sizeBytes / 1024 / 1024).toFixed(0)} MB`;
    rmSync(value.path, { recursive: true, force: true });
  }
  cases.push(backup);

  const to = (db.prepare('select max(ordered_on) from orders').pluck().get() as string) ?? '2026-01-01';
  const from = db.prepare("select date(?, '-1 year', '+1 day')").pluck().get(to) as string;
  const exported: FileCase = {
    label: 'accountant export, 1 year (XLSX)',
    note: `export.accountant ${from} … ${to}: orders, losses, courier cash, monthly summary — in the file worker`,
    seconds: [],
    maxStallMs: 0,
    detail: '',
  };
  for (let i = 0; i < runs; i++) {
    const { value, maxStallMs, seconds } = await watchStalls(() =>
      call<{ path: string; orders: number; incidents: number }>(core, 'export.accountant', { from, to }),
    );
    exported.seconds.push(seconds);
    exported.maxStallMs = Math.max(exported.maxStallMs, maxStallMs);
    exported.detail = `${value.orders.toLocaleString('en')} orders, ${value.incidents.toLocaleString('en')} incidents`;
    rmSync(value.path, { force: true });
  }
  cases.push(exported);
  return cases;
}

export function printFileCases(cases: FileCase[]): void {
  console.log('');
  console.log(
    'Long file tasks (each run in the file worker; "stall" is the longest the main thread went unanswered):',
  );
  for (const c of cases) {
    const times = c.seconds.map((s) => `${s.toFixed(1)} s`).join(', ');
    console.log(`  ${c.label}: ${times} — ${c.detail}; max main-thread stall ${c.maxStallMs.toFixed(0)} ms`);
    console.log(`    ${c.note}`);
  }
}
