import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { Core } from '../core/app';
import { runningFileTask } from '../core/file-tasks';

// Updates from the generic server baked into app-update.yml at build time (publish.url from
// SHOPDESK_UPDATE_URL). Downloaded in the background; installed when the app quits, but never
// while a backup, restore or import runs — the installer would kill it mid-file. Then it waits
// for the next quit.

const { autoUpdater } = electronUpdater;

function updateUrlConfigured(): boolean {
  const file = join(process.resourcesPath, 'app-update.yml');
  // A build without SHOPDESK_UPDATE_URL still writes the file, with an empty url.
  return existsSync(file) && /^url:[ \t]*['"]?https?:/m.test(readFileSync(file, 'utf8'));
}

export function startUpdates(core: Core): void {
  if (!app.isPackaged || !updateUrlConfigured()) return;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  let downloaded = false;
  autoUpdater.on('update-downloaded', () => {
    downloaded = true;
  });
  autoUpdater.on('error', (error) => core.log('update check failed', error));
  // electron-updater installs on the app's `quit` event, which comes after `before-quit`.
  app.on('before-quit', () => {
    autoUpdater.autoInstallOnAppQuit = downloaded && !(core.ctx && runningFileTask(core.ctx));
  });
  void autoUpdater.checkForUpdates().catch((error: unknown) => core.log('update check failed', error));
}
