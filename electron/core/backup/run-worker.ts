import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BackupRefused, type RefusalKind } from './inspect';
import type { WorkerTask } from './worker';
import { workerFailure, workerHeapMb } from './worker-failure';

export type TaskProgress = (progress: { step: string; done: number; total: number }) => void;

/**
 * Where the worker's code is: in the packaged app electron-vite emits it beside the main bundle
 * (backup-worker.js, see electron.vite.config.ts); from source (tests, the harness) it is the
 * TypeScript file, run through tsx like the rest.
 */
function workerEntry(): { url: URL; execArgv: string[] } {
  const bundled = new URL('./backup-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { url: bundled, execArgv: [] };
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (error: Error) => void; progress?: TaskProgress }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const entry = workerEntry();
  const created = new Worker(entry.url, {
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
  });
  created.on(
    'message',
    (message: {
      id: number;
      progress?: never;
      result?: unknown;
      error?: { name: string; kind: RefusalKind | null; message: string };
    }) => {
      const job = pending.get(message.id);
      if (!job) return;
      if (message.progress) return job.progress?.(message.progress);
      pending.delete(message.id);
      if (message.error) {
        job.reject(
          message.error.kind
            ? new BackupRefused(message.error.kind, message.error.message)
            : new Error(message.error.message),
        );
      } else job.resolve(message.result);
      if (pending.size === 0) created.unref();
    },
  );
  // A worker that dies (out of memory, a crash) fails the tasks it was running; the next task
  // starts a fresh one.
  const fail = (error: Error) => {
    if (worker !== created && worker !== null) return; // a newer worker holds the pending tasks
    for (const job of pending.values()) job.reject(workerFailure(error));
    pending.clear();
    worker = null;
  };
  created.on('error', fail);
  created.on('exit', (code) => fail(new Error(`The file worker stopped (exit code ${code}).`)));
  created.unref();
  worker = created;
  return created;
}

/** Runs a task in the file worker (one at a time per kind is the callers' business). */
export function runInWorker<T>(task: WorkerTask, progress?: TaskProgress): Promise<T> {
  const target = getWorker();
  target.ref();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
    target.postMessage({ id, task });
  });
}

/** Stops the worker (app quit, end of a test file). */
export async function stopWorker(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
