import type { CoreContext } from './context';
import { conflict } from './errors';

// One long file task at a time per data folder. A restore swaps the database file: an import
// commit writing meanwhile (on the worker's own connection) would write into the file being
// replaced and be lost, and a backup would copy a file on its way out.

export type FileTask = 'backup' | 'restore' | 'import';

const NAMES: Record<FileTask, string> = { backup: 'A backup', restore: 'A restore', import: 'An import' };

const busy = new WeakMap<CoreContext, FileTask>();

export async function exclusive<T>(ctx: CoreContext, task: FileTask, run: () => Promise<T>): Promise<T> {
  const current = busy.get(ctx);
  if (current) throw conflict(`${NAMES[current]} is already running; wait for it to finish.`);
  busy.set(ctx, task);
  try {
    return await run();
  } finally {
    busy.delete(ctx);
  }
}

/** The long file task running now, if any. */
export const runningFileTask = (ctx: CoreContext): FileTask | null => busy.get(ctx) ?? null;
