import type { Result } from './result';

/**
 * What the renderer sees as `window.shopdesk`: the preload implements it over Electron IPC,
 * the browser harness over HTTP. Nothing else crosses into the page.
 */
export interface ShopDeskBridge {
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>;
  /** Subscribes to a contract event; returns the unsubscribe function. */
  on: (event: string, listener: (payload: unknown) => void) => () => void;
}
