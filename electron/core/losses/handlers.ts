import type { lossesChannels } from '../../../shared/contract/losses';
import type { HandlerMap } from '../context';
import { listAttemptLosses, setAttemptFault } from './attempts';

export const lossesHandlers: HandlerMap<keyof typeof lossesChannels> = {
  'losses.attempts': (ctx, input) => listAttemptLosses(ctx.db, input),
  'losses.setAttemptFault': (ctx, input) => {
    const line = setAttemptFault(ctx, input);
    // The fault moves the loss in Reports; the incident page and the order show it.
    ctx.emit('data.changed', { domains: ['orders', 'incidents', 'customers'] });
    return line;
  },
};
