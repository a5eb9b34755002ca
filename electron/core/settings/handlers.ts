import type { settingsChannels } from '../../../shared/contract/settings';
import { writeAudit } from '../audit';
import type { HandlerMap } from '../context';
import { applySettingsPatch, readSettings, writeSettings } from './store';

export const settingsHandlers: HandlerMap<keyof typeof settingsChannels> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, patch) => {
    const before = readSettings(ctx.db);
    const after = applySettingsPatch(before, patch);
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
