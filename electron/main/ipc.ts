import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/app';
import { dispatch } from '../core/dispatch';

/** Binds the contract to IPC. Calls from any frame but the app's own main frame are refused. */
export function bindIpc(core: Core, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle('shopdesk:invoke', async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const window = getWindow();
    const frame = event.senderFrame;
    const trusted =
      window !== null &&
      event.sender === window.webContents &&
      frame !== null &&
      frame === window.webContents.mainFrame &&
      frame.url.startsWith('app://');
    if (!trusted) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Calls are accepted only from the ShopDesk window.' },
      };
    }
    return dispatch(core, channel, input);
  });
}
