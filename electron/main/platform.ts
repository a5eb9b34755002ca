import { BrowserWindow } from 'electron';
import type { PlatformAdapter } from '../core/context';
import { secureWebPreferences } from './window';

const READY_TIMEOUT_MS = 15_000;

/** The Electron side of what core may ask of the shell. */
export function electronPlatform(
  preloadDir: string,
  trackWindow: (w: BrowserWindow) => () => void,
): PlatformAdapter {
  return {
    // A hidden window renders the route with the same preload and rules as the main one; the page
    // marks body[data-print-ready] once its data is in, then Chromium prints it to A4.
    printToPdf: async (route) => {
      const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadDir) });
      const untrack = trackWindow(window);
      try {
        await window.loadURL(`app://shopdesk/index.html#${route}`);
        const started = Date.now();
        while (!(await window.webContents.executeJavaScript('document.body.dataset.printReady === "1"'))) {
          if (Date.now() - started > READY_TIMEOUT_MS)
            throw new Error(`print page ${route} never became ready`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      } finally {
        untrack();
        window.destroy();
      }
    },
  };
}
