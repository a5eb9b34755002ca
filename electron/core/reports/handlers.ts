import { join } from 'node:path';
import type { reportsChannels } from '../../../shared/contract/reports';
import { runInWorker } from '../backup/run-worker';
import type { HandlerMap } from '../context';
import { readSettings } from '../settings/store';
import type { PeriodReport } from '../../../shared/contract/reports';
import type { ChannelOutput } from '../../../shared/contract';
import { previousPeriod } from './period';

// Reports run in the file worker on its own read connection: a five-year aggregation never holds
// up the thread that answers the window.

export const reportsHandlers: HandlerMap<keyof typeof reportsChannels> = {
  'reports.period': async (ctx, { period, compare }) => {
    const databasePath = join(ctx.dataDir, 'shopdesk.sqlite');
    const run = (from: string, to: string) =>
      runInWorker<PeriodReport>({
        kind: 'report',
        report: { name: 'period', databasePath, from, to, granularity: period.granularity },
      });
    const before = previousPeriod(period.from, period.to);
    const [current, previous] = await Promise.all([
      run(period.from, period.to),
      compare ? run(before.from, before.to) : Promise.resolve(null),
    ]);
    return { current, previous };
  },
  'reports.profitability': (ctx, input) => {
    const settings = readSettings(ctx.db);
    return runInWorker<ChannelOutput<'reports.profitability'>>({
      kind: 'report',
      report: {
        name: 'profitability',
        databasePath: join(ctx.dataDir, 'shopdesk.sqlite'),
        input: {
          ...input,
          marginPercent: settings.marginPercent,
          minSettledOrders: settings.risk.buyoutMinOrders,
        },
      },
    });
  },
};
