import type { BrowserWindow } from 'electron';
import type { PlatformAdapter } from '../core/context';

/** The Electron side of what core may ask of the shell. */
export function electronPlatform(getWindow: () => BrowserWindow | null): PlatformAdapter {
  return {
    printToPdf: async () => {
      const window = getWindow();
      if (!window) throw new Error('No window to print');
      return window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    },
  };
}
