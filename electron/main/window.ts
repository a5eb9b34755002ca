import { BrowserWindow, dialog, shell, type Event, type WebPreferences } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { join } from 'node:path';

// Also the operator's SMS app and WhatsApp, for a message sent instead of a call (a phone number
// and the composed text, nothing else).
const EXTERNAL_ALLOWED =
  /^(https:\/\/([a-z0-9-]+\.)*(pochta\.ru|cdek\.ru|boxberry\.ru|ups\.com|usps\.com|dhl\.com|wa\.me)\/|sms:\+?\d+(\?|$))/i;

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

// The renderer holds a close or reload while a form has unsaved edits (beforeunload). Electron
// shows nothing for that by itself — the window would simply refuse to close — so main asks, in
// the language of whoever is signed in.
const UNLOAD_WORDS: Record<Language, { title: string; detail: string; stay: string; leave: string }> = {
  en: {
    title: 'Leave without saving?',
    detail: 'The changes you have not saved will be lost.',
    stay: 'Stay',
    leave: 'Leave',
  },
  ru: {
    title: 'Уйти без сохранения?',
    detail: 'Несохранённые изменения пропадут.',
    stay: 'Остаться',
    leave: 'Уйти',
  },
};

function confirmUnload(window: BrowserWindow, event: Event, language: Language) {
  const words = UNLOAD_WORDS[language];
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    buttons: [words.stay, words.leave],
    defaultId: 0,
    cancelId: 0,
    title: words.title,
    message: words.title,
    detail: words.detail,
  });
  // preventDefault here overrides the page's beforeunload: the window closes or reloads.
  if (choice === 1) event.preventDefault();
}

/** The app's main window; `language` is the signed-in person's, for main's own questions. */
export function createMainWindow(preloadDir: string, language: () => Language): BrowserWindow {
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
  window.webContents.on('will-prevent-unload', (event) => confirmUnload(window, event, language()));
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (EXTERNAL_ALLOWED.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadURL('app://shopdesk/index.html');
  return window;
}
