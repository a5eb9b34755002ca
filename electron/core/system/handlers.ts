import type { appChannels, CoreStatus } from '../../../shared/contract/app';
import type { HandlerMap } from '../context';
import { getStaff } from '../staff/queries';

export function systemHandlers(status: CoreStatus): HandlerMap<keyof typeof appChannels> {
  return {
    'app.status': (ctx) => {
      const user = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
      const owner = user?.active === 1 && user.role === 'owner';
      return owner ? status : { ...status, dataDir: null, databasePath: null };
    },
  };
}
