import type { z } from 'zod';
import type { Contract, ChannelName, EventName, EventPayload } from '../../shared/contract';
import type { BackupKeyStore } from './backup/key-store';
import type { Db } from './db/open';

/** What core needs from the shell around it (Electron or the browser harness). */
export interface PlatformAdapter {
  /**
   * Renders an app route (e.g. a route sheet) to an A4 PDF: Electron prints a hidden window,
   * the browser harness a headless Chromium page. Absent where nothing can print.
   */
  printToPdf?: (route: string) => Promise<Uint8Array>;
}

export interface CoreContext {
  db: Db;
  now: () => number;
  dataDir: string;
  version: string;
  platform: PlatformAdapter;
  backupKeys: BackupKeyStore;
  /** Who is signed in in this app instance (one window, one person at a time). */
  session: { staffId: number | null };
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

type MaybePromise<T> = T | Promise<T>;

export type Handler<C extends ChannelName> = (
  ctx: CoreContext,
  input: z.output<Contract[C]['input']>,
) => MaybePromise<z.input<Contract[C]['output']>>;

/** Handlers for a set of channels; each domain exports one of these. */
export type HandlerMap<C extends ChannelName> = { [K in C]: Handler<K> };
