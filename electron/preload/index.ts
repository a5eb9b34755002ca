import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, type ShopDeskBridge } from '../../shared/contract';

// Exactly `window.shopdesk = { invoke, on }`, for contract names only. No Electron object and
// no IPC event ever reaches the page.
const channels = new Set<string>(CHANNEL_NAMES);
const events = new Set<string>(EVENT_NAMES);

const api: ShopDeskBridge = {
  invoke: (channel, input) => {
    if (!channels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'NOT_FOUND', message: `There is no "${channel}" action.` },
      });
    }
    return ipcRenderer.invoke('shopdesk:invoke', channel, input);
  },
  on: (event, listener) => {
    if (!events.has(event)) throw new Error(`Unknown event "${event}"`);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(`shopdesk:event:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`shopdesk:event:${event}`, wrapped);
  },
};

contextBridge.exposeInMainWorld('shopdesk', api);
