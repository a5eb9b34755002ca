import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelName, EventName, EventPayload } from '../../shared/contract';
import type { CoreStatus } from '../../shared/contract/app';
import type { CoreContext, Handler, HandlerMap, PlatformAdapter } from './context';
import { migrate } from './db/migrate';
import { openDatabase, StartupError, type Db } from './db/open';
import { backupBeforeMigration } from './backup/before-migration';
import type { BackupKeyStore } from './backup/key-store';
import { configuredBackupFolder } from './backup/store';
import { sweepLeftovers } from './backup/sweep';
import { backupHandlers } from './backup/handlers';
import { blocklistHandlers } from './blocklist/handlers';
import { couriersHandlers } from './couriers/handlers';
import { customersHandlers } from './customers/handlers';
import { demoHandlers } from './demo/handlers';
import { evidenceHandlers } from './evidence/handlers';
import { importHandlers } from './import/handlers';
import { followupsHandlers } from './followups/handlers';
import { incidentsHandlers } from './incidents/handlers';
import { lossesHandlers } from './losses/handlers';
import { ordersHandlers } from './orders/handlers';
import { planningHandlers } from './planning/handlers';
import { printHandlers } from './print/handlers';
import { reportsHandlers } from './reports/handlers';
import { settingsHandlers } from './settings/handlers';
import { sessionHandlers } from './staff/session-handlers';
import { staffHandlers } from './staff/staff-handlers';
import { systemHandlers } from './system/handlers';

export const DATABASE_FILE = 'shopdesk.sqlite';

export interface CoreOptions {
  dataDir: string;
  version: string;
  platform?: PlatformAdapter;
  /** Keeps the backup key between runs: the OS store in Electron, a stand-in file elsewhere. */
  backupKeys: BackupKeyStore;
  now?: () => number;
  /** Receives every event for the renderer (IPC send, or the harness's event stream). */
  onEvent?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Parse every handler's output with the contract (tests and the harness turn this on). */
  checkOutputs?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface Core {
  status: CoreStatus;
  /** Null when the database could not be opened; only app.status answers then. */
  ctx: CoreContext | null;
  handlers: HandlerTable;
  checkOutputs: boolean;
  log: (message: string, error?: unknown) => void;
  close: () => void;
}

export type HandlerTable = HandlerMap<ChannelName>;

function buildHandlers(status: CoreStatus): HandlerTable {
  return {
    ...systemHandlers(status),
    ...sessionHandlers,
    ...staffHandlers,
    ...settingsHandlers,
    ...demoHandlers,
    ...customersHandlers,
    ...blocklistHandlers,
    ...couriersHandlers,
    ...incidentsHandlers,
    ...evidenceHandlers,
    ...followupsHandlers,
    ...lossesHandlers,
    ...backupHandlers,
    ...reportsHandlers,
    ...ordersHandlers,
    ...planningHandlers,
    ...printHandlers,
    ...importHandlers,
  };
}

export function handlerFor<C extends ChannelName>(table: HandlerTable, channel: C): Handler<C> {
  return table[channel] as Handler<C>;
}

/** Opens and migrates the shop's database and builds the handler table around it. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const status: CoreStatus = {
    version: options.version,
    dataDir: options.dataDir,
    databasePath,
    problem: null,
  };
  const log = options.log ?? ((message, error) => console.error(`[shopdesk] ${message}`, error ?? ''));
  let db: Db | null = null;
  try {
    db = openDatabase(databasePath);
    const opened = db;
    // Nothing runs yet: whatever a crash left half-done in a backup or restore can go.
    sweepLeftovers(
      options.dataDir,
      [configuredBackupFolder(db, options.dataDir), join(options.dataDir, 'backups')],
      databasePath,
    );
    migrate(db, {
      backupFirst: () =>
        backupBeforeMigration(opened, {
          dataDir: options.dataDir,
          appVersion: options.version,
          at: (options.now ?? Date.now)(),
          key: options.backupKeys.get(),
        }),
    });
  } catch (error) {
    db?.close();
    db = null;
    if (!(error instanceof StartupError)) throw error;
    status.problem = { kind: error.kind, message: error.message };
    log(`database not opened: ${error.message}`);
  }
  const openDb = db;
  const ctx: CoreContext | null = openDb
    ? {
        db: openDb,
        now: options.now ?? Date.now,
        dataDir: options.dataDir,
        version: options.version,
        platform: options.platform ?? {},
        backupKeys: options.backupKeys,
        session: { staffId: null },
        emit: (event, payload) => options.onEvent?.(event, payload),
      }
    : null;
  return {
    status,
    ctx,
    handlers: buildHandlers(status),
    checkOutputs: options.checkOutputs ?? false,
    log,
    // A restore swaps ctx.db: close whichever database is current.
    close: () => {
      const current = ctx?.db ?? openDb;
      if (current?.open) current.close();
    },
  };
}
