import type { ChannelOutput } from '../../../../shared/contract';
import { useChannelQuery } from '../../lib/query';

export const FOLLOW_UPS_PATH = '/incidents/follow-ups';

// Incidents fall due with the clock, not only when someone writes: the list is read again each
// minute (a small indexed read) besides after every incident change.
const EVERY_MINUTE = 60_000;

/** The follow-up worklist, shared by its screen, the register's tab and the navigation badge. */
export const useFollowUps = () => useChannelQuery('followups.list', {}, { refetchEveryMs: EVERY_MINUTE });

/** The navigation's badge: what is due today, overdue included. */
export const dueTodayCount = (list: ChannelOutput<'followups.list'>) =>
  list.counts.overdue + list.counts.today;
