import { useMemo } from 'react';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';

/**
 * Numeric dates for the register's narrow columns ("24.11.2026", "11/24/2026"): the medium style
 * ("24 нояб. 2026 г.") would wrap. Days as they are; instants in the shop's zone.
 */
export function useCompactDates(): { day: (isoDay: string) => string; date: (instant: number) => string } {
  const { locale } = useFormatters();
  const timeZone = useChannelQuery('settings.get', {}).data?.timeZone;
  return useMemo(() => {
    const options = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    const day = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const date = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    return {
      day: (isoDay) => {
        const at = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(at) ? isoDay : day.format(at);
      },
      date: (instant) => date.format(instant),
    };
  }, [locale, timeZone]);
}
