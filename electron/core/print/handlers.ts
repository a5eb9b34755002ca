import { join } from 'node:path';
import { routeSheetPath, type printChannels } from '../../../shared/contract/print';
import type { HandlerMap } from '../context';
import { AppError, notFound } from '../errors';
import { writeFileAtomic } from '../files';

const safeName = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '_').slice(0, 60);

export const printHandlers: HandlerMap<keyof typeof printChannels> = {
  'print.routeSheet': async (ctx, input) => {
    const courier = ctx.db.prepare('select name from couriers where id = ?').get(input.courierId) as
      { name: string } | undefined;
    if (!courier) throw notFound('This courier');
    if (!ctx.platform.printToPdf) throw new AppError('CONFLICT', 'Printing is not available here.');
    const bytes = await ctx.platform.printToPdf(routeSheetPath(input.courierId, input.date));
    const path = join(ctx.dataDir, 'exports', `route-sheet-${input.date}-${safeName(courier.name)}.pdf`);
    writeFileAtomic(path, bytes);
    return { path, sizeBytes: bytes.length };
  },
};
