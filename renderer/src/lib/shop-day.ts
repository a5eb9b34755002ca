import { addDays, isIsoDate, localDate } from '../../../shared/domain/dates';
import { useChannelQuery } from './query';

/** Today in the shop's time zone (delivery days are the shop's calendar days, DESIGN §4). */
export function useShopToday(): string | null {
  const settings = useChannelQuery('settings.get', {});
  if (!settings.data) return null;
  return localDate(Date.now(), settings.data.timeZone);
}

/** A date from the address bar when it is a real day, else the fallback. */
export function dayParam(value: string | null, fallback: string): string {
  return value && isIsoDate(value) ? value : fallback;
}

export { addDays };
