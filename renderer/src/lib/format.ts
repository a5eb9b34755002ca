import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Minor } from '../../../shared/domain/money';
import { useChannelQuery } from './query';

export interface Formatters {
  locale: string;
  currency: string;
  money: (minor: Minor) => string;
  number: (value: number) => string;
  date: (instantMs: number) => string;
  dateTime: (instantMs: number) => string;
}

export function makeFormatters(locale: string, currency: string, timeZone: string | undefined): Formatters {
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return {
    locale,
    currency,
    money: (minor) => formatMoney(minor, currency, locale),
    number: (value) => number.format(value),
    date: (instantMs) => date.format(instantMs),
    dateTime: (instantMs) => dateTime.format(instantMs),
  };
}

/**
 * Money, numbers and dates in the interface language, the shop's currency and the shop's time
 * zone. Only for signed-in screens: the shop's settings are not readable before sign-in.
 */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  const currency = settings.data?.currency ?? 'RUB';
  const timeZone = settings.data?.timeZone;
  return useMemo(
    () => makeFormatters(i18n.language, currency, timeZone),
    [i18n.language, currency, timeZone],
  );
}
