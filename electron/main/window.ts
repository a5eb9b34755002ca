import { BrowserWindow, shell, type WebPreferences } from 'electron';
import { join } from 'node:path';

const EXTERNAL_ALLOWED =
  /^https:\/\/([a-z0-9-]+\.)*(pochta\.ru|cdek\.ru|boxberry\.ru|ups\.com|usps\.com|dhl\.com)\//i;

/** DESIGN §6: every app window is sandboxed and context-isolated, with only our preload. */
export function secureWebPreferences(preloadDir: string): WebPreferences {
  return {
    preload: join(preloadDir, 'index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  };
}

/** The app's main window. */
export function createMainWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'ShopDesk',
    webPreferences: secureWebPreferences(preloadDir),
  });
  window.once('ready-to-show', () => window.show());
  // No navigation away from the app and no new windows; tracking links open in the browser
  // only for known carriers.
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith('app://')) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (EXTERNAL_ALLOWED.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadURL('app://shopdesk/index.html');
  return window;
}
