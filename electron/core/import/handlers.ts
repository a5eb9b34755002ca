import { randomUUID } from 'node:crypto';
import type { ChannelOutput } from '../../../shared/contract';
import type { ImportRunInput, importChannels } from '../../../shared/contract/import';
import { runInWorker } from '../backup/run-worker';
import type { CoreContext, HandlerMap } from '../context';
import { AppError } from '../errors';
import { exclusive } from '../file-tasks';
import { readSettings } from '../settings/store';
import { importHistory, isImported } from './history';
import { savedLayout, saveLayout } from './layouts';
import { detectPlatform } from './platforms';
import type { RunAnswer, RunTask } from './run';
import { removeStaleUploads } from './staging';
import { defaultDateOrder } from './table';
import type { ImportTask, Inspection, WorkerAnswer } from './task';

// The import channels. Reading, checking and writing run in the file worker (import/task.ts); the
// main thread only passes the file along, remembers the mapping and tells the window what changed.

function answer<T>(result: WorkerAnswer<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.code, result.message, result.issues);
}

function inWorker<T>(ctx: CoreContext, task: ImportTask): Promise<WorkerAnswer<T>> {
  return runInWorker<WorkerAnswer<T>>({ kind: 'import', task }, (p) =>
    ctx.emit('task.progress', { task: 'import', ...p }),
  );
}

/** A dry run or commit of the file and setup the window sent, in the worker. */
function run(ctx: CoreContext, op: RunTask['op'], input: ImportRunInput): Promise<RunAnswer> {
  return inWorker(ctx, {
    op,
    dataDir: ctx.dataDir,
    databasePath: ctx.db.name,
    uploadId: input.uploadId,
    input,
    staffId: ctx.session.staffId!,
    at: ctx.now(),
  }) as Promise<RunAnswer>;
}

function withSavedMapping(ctx: CoreContext, inspection: Inspection): ChannelOutput<'import.upload'> {
  return {
    ...inspection,
    savedMapping: savedLayout(ctx.db, inspection.layoutKey),
    platform: detectPlatform(inspection.columns.map((c) => c.header)),
  };
}

export const importHandlers: HandlerMap<keyof typeof importChannels> = {
  'import.upload': async (ctx, input) => {
    removeStaleUploads(ctx.dataDir, Date.now(), (name) => isImported(ctx.db, name));
    const result = await inWorker<Inspection>(ctx, {
      op: 'upload',
      dataDir: ctx.dataDir,
      uploadId: randomUUID(),
      fileName: input.fileName,
      dataBase64: input.dataBase64,
      at: ctx.now(),
      dateOrder: defaultDateOrder(readSettings(ctx.db).country),
    });
    return withSavedMapping(ctx, answer(result));
  },
  'import.inspect': async (ctx, input) => {
    const result = await inWorker<Inspection>(ctx, {
      op: 'inspect',
      dataDir: ctx.dataDir,
      uploadId: input.uploadId,
      options: input.options,
      dateOrder: defaultDateOrder(readSettings(ctx.db).country),
    });
    return withSavedMapping(ctx, answer(result));
  },
  'import.dryRun': async (ctx, input) => {
    const { importId: _, layoutKey, ...summary } = answer(await run(ctx, 'dryRun', input));
    saveLayout(ctx.db, layoutKey, input, ctx.session.staffId, ctx.now());
    return summary;
  },
  // One long file task at a time (file-tasks.ts): not two imports, nor an import and a restore.
  'import.commit': (ctx, input) =>
    exclusive(ctx, 'import', async () => {
      const { layoutKey, ...summary } = answer(await run(ctx, 'commit', input));
      if (summary.importId !== null) {
        saveLayout(ctx.db, layoutKey, input, ctx.session.staffId, ctx.now());
        ctx.emit('data.changed', { domains: ['orders', 'customers', 'import'] });
      }
      return summary;
    }),
  'import.history': (ctx, input) => importHistory(ctx.db, input.offset, input.limit),
};
