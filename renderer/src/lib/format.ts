import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits, type Minor } from '../../../shared/domain/money';
import { useChannelQuery } from './query';

export interface Formatters {
  locale: string;
  currency: string;
  money: (minor: Minor) => string;
  number: (value: number) => string;
  date: (instantMs: number) => string;
  dateTime: (instantMs: number) => string;
  /** A calendar day ("2026-11-23") as it is, never shifted by a time zone. */
  day: (isoDay: string) => string;
  /** A day or an instant as main sends them in lists: "2026-11-23" or "2026-11-23T09:00:00Z". */
  dayOrDateTime: (text: string) => string;
  percent: (value: number) => string;
}

/**
 * formatMoney (shared/domain/money.ts) with its two Intl formats built once: a card or a list
 * formats dozens of amounts, and building an Intl.NumberFormat costs more than using one. The
 * same integer split: whole and fraction from integers, the decimal string formatted exactly.
 */
function moneyFormatter(currency: string, locale: string): (minor: Minor) => string {
  const digits = currencyDigits(currency);
  const unit = 10 ** digits;
  const make = (fractionDigits: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: digits,
    });
  const whole = make(0);
  const exact = make(digits);
  return (minor) => {
    const sign = minor < 0 ? '-' : '';
    const abs = Math.abs(minor);
    const fraction = abs % unit;
    const units = Math.trunc(abs / unit);
    const decimal =
      digits > 0 ? `${sign}${units}.${String(fraction).padStart(digits, '0')}` : `${sign}${units}`;
    return (fraction === 0 ? whole : exact).format(decimal as unknown as number);
  };
}

const cache = new Map<string, Formatters>();

/** One set per language, currency and zone: every component asking for them shares it. */
export function makeFormatters(locale: string, currency: string, timeZone: string | undefined): Formatters {
  const key = `${locale}|${currency}|${timeZone ?? ''}`;
  let formatters = cache.get(key);
  if (!formatters) {
    formatters = buildFormatters(locale, currency, timeZone);
    cache.set(key, formatters);
  }
  return formatters;
}

function buildFormatters(locale: string, currency: string, timeZone: string | undefined): Formatters {
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = (isoDay: string) => {
    const at = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(at) ? isoDay : calendarDay.format(at);
  };
  return {
    locale,
    currency,
    money: moneyFormatter(currency, locale),
    number: (value) => number.format(value),
    date: (instantMs) => date.format(instantMs),
    dateTime: (instantMs) => dateTime.format(instantMs),
    day,
    dayOrDateTime: (text) => {
      if (text.length <= 10) return day(text);
      const at = Date.parse(text);
      return Number.isNaN(at) ? text : dateTime.format(at);
    },
    percent: (value) => percent.format(value / 100),
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
