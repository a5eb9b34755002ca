import type { settingsChannels } from '../../../shared/contract/settings';
import { writeAudit } from '../audit';
import type { HandlerMap } from '../context';
import { folderProblem } from '../backup/store';
import { invalid } from '../errors';
import { applySettingsPatch, readSettings, writeSettings } from './store';

export const settingsHandlers: HandlerMap<keyof typeof settingsChannels> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, patch) => {
    const before = readSettings(ctx.db);
    const after = applySettingsPatch(before, patch);
    // A chosen backup folder must exist (or be creatable) and be writable, or backups would fail later.
    if (patch.backup?.folder) {
      const problem = folderProblem(patch.backup.folder);
      if (problem) throw invalid('backup.folder', problem);
    }
    ctx.db.transaction(() => {
      writeSettings(ctx.db, after);
      // Thresholds and currency decide money and refusals: every change is on record.
      writeAudit(ctx.db, ctx.now(), {
        staffId: ctx.session.staffId,
        action: 'update',
        entity: 'settings',
        before,
        after,
      });
    })();
    ctx.emit('data.changed', { domains: ['settings'] });
    return after;
  },
};
