import type { demoChannels } from '../../../shared/contract/demo';
import { writeAudit } from '../audit';
import type { HandlerMap } from '../context';
import { conflict } from '../errors';
import { generateDemoShop, DEMO_SIZES } from './generate';

export const demoHandlers: HandlerMap<keyof typeof demoChannels> = {
  'demo.load': (ctx, input) => {
    const { n } = ctx.db
      .prepare(
        'select (select count(*) from customers) + (select count(*) from orders) + (select count(*) from couriers) as n',
      )
      .get() as { n: number };
    if (n > 0) throw conflict('Demo data goes only into an empty shop; this one already has data.');
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
};
