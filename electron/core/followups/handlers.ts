import type { followupsChannels } from '../../../shared/contract/followups';
import type { HandlerMap } from '../context';
import { dueFollowUps, followUpList } from './read';

export const followupsHandlers: HandlerMap<keyof typeof followupsChannels> = {
  'followups.list': (ctx) => followUpList(ctx.db, ctx.now()),
  'followups.due': (ctx, input) => dueFollowUps(ctx.db, ctx.now(), input.since),
};
