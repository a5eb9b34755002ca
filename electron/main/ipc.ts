import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/app';
import { dispatch } from '../core/dispatch';

/**
 * Binds the contract to IPC. Calls are accepted only from the main frame of one of the app's own
 * windows (the main window, or a hidden print window) showing app:// content.
 */
export function bindIpc(core: Core, isAppWindow: (window: BrowserWindow) => boolean): void {
  ipcMain.handle('shopdesk:invoke', async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const frame = event.senderFrame;
    const trusted =
      window !== null &&
      isAppWindow(window) &&
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
