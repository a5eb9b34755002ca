import type { evidenceChannels } from '../../../shared/contract/evidence';
import type { CoreContext, HandlerMap } from '../context';
import { addEvidence, listEvidence, readEvidence, removeEvidence } from './files';

// An order's files show on the order and on every incident logged for it.
function orderFiles(ctx: CoreContext, orderId: number) {
  ctx.emit('data.changed', { domains: ['orders', 'incidents'] });
  return listEvidence(ctx.db, { kind: 'order', id: orderId });
}

export const evidenceHandlers: HandlerMap<keyof typeof evidenceChannels> = {
  'evidence.file': (ctx, input) => readEvidence(ctx, input.id),
  'orders.evidence': (ctx, input) => listEvidence(ctx.db, { kind: 'order', id: input.orderId }),
  'orders.addEvidence': (ctx, { orderId, ...upload }) => {
    addEvidence(ctx, { kind: 'order', id: orderId }, upload);
    return orderFiles(ctx, orderId);
  },
  'orders.removeEvidence': (ctx, input) =>
    orderFiles(ctx, removeEvidence(ctx, 'order', input.id, input.reason)),
};
