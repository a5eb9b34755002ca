import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { backupChannels } from '../../../shared/contract/backup';
import { csvDialectFor } from '../../../shared/domain/csv';
import type { HandlerMap } from '../context';
import type { accountantExport } from '../export/accountant';
import { readSettings } from '../settings/store';
import { auditList } from '../audit/list';
import { runInWorker } from './run-worker';
import { backupStatus, inspect, restore, runBackup } from './service';
import { backupFolder, listBackups } from './store';

export const backupHandlers: HandlerMap<keyof typeof backupChannels> = {
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.list': (ctx) => listBackups(backupFolder(ctx.dataDir, readSettings(ctx.db))),
  'backup.run': (ctx, input) => runBackup(ctx, 'manual', input.passphrase),
  'backup.inspect': (ctx, input) => inspect(ctx, input.location, input.passphrase),
  'backup.restore': (ctx, input) => restore(ctx, input.location, input.passphrase),
  'export.accountant': async (ctx, input) => {
    const settings = readSettings(ctx.db);
    const folder = join(ctx.dataDir, 'exports');
    mkdirSync(folder, { recursive: true });
    const base = `accountant-${input.from}-${input.to}`;
    const extension = input.format === 'xlsx' ? 'xlsx' : 'csv.zip';
    let fileName = `${base}.${extension}`;
    for (let n = 2; existsSync(join(folder, fileName)); n++) fileName = `${base}-${n}.${extension}`;
    const task = {
      databasePath: join(ctx.dataDir, 'shopdesk.sqlite'),
      outPath: join(folder, fileName),
      format: input.format,
      csvDialect: input.csvDialect ?? csvDialectFor(settings.language),
      from: input.from,
      to: input.to,
      currency: settings.currency,
      language: settings.language,
    };
    const result = await runInWorker<Awaited<ReturnType<typeof accountantExport>>>(
      { kind: 'export', task },
      (p) => ctx.emit('task.progress', { task: 'export', ...p }),
    );
    return { ...result, fileName };
  },
  'audit.list': (ctx, input) => auditList(ctx.db, input),
};
