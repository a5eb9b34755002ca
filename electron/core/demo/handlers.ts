import type { demoChannels } from '../../../shared/contract/demo';
import { writeAudit } from '../audit';
import { runBackup } from '../backup/service';
import type { HandlerMap } from '../context';
import { conflict } from '../errors';
import { clearShopData, demoLoadedAt, shopHasData } from './clear';
import { generateDemoShop, DEMO_SIZES } from './generate';

export const demoHandlers: HandlerMap<keyof typeof demoChannels> = {
  'demo.load': (ctx, input) => {
    if (shopHasData(ctx.db))
      throw conflict('Demo data goes only into an empty shop; this one already has data.');
    const summary = generateDemoShop(ctx.db, {
      ...DEMO_SIZES.small,
      seed: input.seed ?? 20261123,
      now: ctx.now(),
      staffId: ctx.session.staffId!,
    });
    writeAudit(ctx.db, ctx.now(), {
      staffId: ctx.session.staffId,
      action: 'load_demo',
      entity: 'shop',
      after: summary,
    });
    ctx.emit('data.changed', { domains: ['*'] });
    return summary;
  },
  'demo.status': (ctx) => ({ loadedAt: demoLoadedAt(ctx.db), hasData: shopHasData(ctx.db) }),
  'demo.clear': async (ctx) => {
    if (demoLoadedAt(ctx.db) === null) throw conflict('There is no demo data to clear in this shop.');
    // Anything typed in since the demo was loaded goes too: the backup keeps it restorable.
    const backup = await runBackup(ctx, 'manual');
    clearShopData(ctx.db);
    writeAudit(ctx.db, ctx.now(), {
      staffId: ctx.session.staffId,
      action: 'clear_demo',
      entity: 'shop',
      after: { backup: backup.name },
    });
    ctx.emit('data.changed', { domains: ['*'] });
    return { backupName: backup.name };
  },
};
