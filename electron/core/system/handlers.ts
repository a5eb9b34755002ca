import type { appChannels, AppStatus } from '../../../shared/contract/app';
import type { HandlerMap } from '../context';

export function systemHandlers(status: AppStatus): HandlerMap<keyof typeof appChannels> {
  return { 'app.status': () => status };
}
