import { TOO_LARGE_FOR_WORKER } from '../../../shared/contract/import-refusals';
import { AppError } from '../errors';

// The file worker runs with a memory limit (run-worker.ts): a file whose reading needs more than
// that ends the worker, not the app (issue 18 item 7: a 40 KB workbook drove it to 4.4 GB and
// took every running task down). Node reports it as ERR_WORKER_OUT_OF_MEMORY; the owner is told
// the file is too large, and the next task gets a fresh worker.

/** Old-generation heap of the worker: far above a 100,000-row import, far below the machine. */
const DEFAULT_HEAP_MB = 2048;

/** SHOPDESK_WORKER_HEAP_MB lowers it (a test that runs the worker out of memory, a small machine). */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SHOPDESK_WORKER_HEAP_MB);
  return Number.isInteger(asked) && asked >= 32 ? asked : DEFAULT_HEAP_MB;
}

/** What the tasks that were running in a worker that died are told. */
export function workerFailure(error: Error): Error {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError('VALIDATION', TOO_LARGE_FOR_WORKER, [{ path: '', message: TOO_LARGE_FOR_WORKER }]);
  }
  return error;
}
