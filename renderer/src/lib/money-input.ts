import { currencyDigits, type Minor } from '../../../shared/domain/money';

// Money is typed in major units ("15 000,50") and stored in minor units (1500050). The text
// for an input is built from integers, never by dividing into a float.

function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

/** Minor units as editable text: no grouping, the locale's decimal mark, no ",00" tail. */
export function minorToInputText(minor: Minor, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const unit = 10 ** digits;
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = Math.trunc(abs / unit);
  const fraction = abs % unit;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}${decimalSeparator(locale)}${String(fraction).padStart(digits, '0')}`;
}
