import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createCore } from '../core/app';
import { getStaff } from '../core/staff/queries';
import { stopWorker } from '../core/backup/run-worker';
import { autoBackupIfDue } from '../core/backup/service';
import { warmReports } from '../core/reports/warm';
import { safeStorageKeyStore } from './backup-keys';
import { bindIpc } from './ipc';
import { electronPlatform } from './platform';
import { registerAppScheme, serveRenderer } from './protocol';
import { startUpdates } from './updates';
import { createMainWindow } from './window';

// One instance: two processes writing one SQLite file is how shops lose data.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  const appWindows = new Set<BrowserWindow>();
  const trackWindow = (window: BrowserWindow) => {
    appWindows.add(window);
    return () => appWindows.delete(window);
  };
  const preloadDir = join(import.meta.dirname, '../preload');

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    const dataDir = process.env.SHOPDESK_DATA_DIR ?? app.getPath('userData');
    const core = createCore({
      dataDir,
      version: app.getVersion(),
      backupKeys: safeStorageKeyStore(dataDir),
      platform: electronPlatform(preloadDir, trackWindow),
      onEvent: (event, payload) => mainWindow?.webContents.send(`shopdesk:event:${event}`, payload),
    });
    startUpdates(core);
    bindIpc(core, (window) => appWindows.has(window));
    serveRenderer(join(import.meta.dirname, '../renderer'));
    mainWindow = createMainWindow(preloadDir, () => {
      const staffId = core.ctx?.session.staffId;
      const staff = core.ctx && staffId ? getStaff(core.ctx.db, staffId) : undefined;
      return staff?.language ?? 'ru';
    });
    const untrack = trackWindow(mainWindow);
    mainWindow.on('closed', () => {
      untrack();
      mainWindow = null;
    });
    // In the background, in the file worker: first the reports the owner opens with (so the first
    // opening is as quick as the next ones), then the daily safety net (issue 7): a backup on start
    // when the last one is older than the owner's interval. Failures are logged; a failed backup
    // shows as a stale backup in the status bar.
    const ctx = core.ctx;
    if (ctx)
      void warmReports(ctx)
        .catch((error: unknown) => core.log('warming the reports failed', error))
        .then(() => autoBackupIfDue(ctx))
        .catch((error: unknown) => core.log('automatic backup failed', error));
    app.on('before-quit', () => {
      void stopWorker();
      core.close();
    });
  });

  app.on('window-all-closed', () => app.quit());
}
