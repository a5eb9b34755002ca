import { useDebouncedValue } from '@mantine/hooks';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

const PHONE_CHARS = /^[\d\s()+\-.]+$/;
const DEBOUNCE_MS = 120;

/**
 * A whole phone number needs no more typing: searching it at once keeps the verdict fast. Its
 * first ten digits of an eleven-digit number ("8 916 123-45-6") are not whole, so they wait
 * like any other text instead of sending a search that only delays the real one.
 */
export function isWholeNumber(text: string, country: string | undefined): boolean {
  if (!PHONE_CHARS.test(text)) return false;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return false;
  if (!country) return digits.length >= 10;
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  if (parsed?.isValid()) return true;
  // Written with the country code but without "+" ("79161234567"), as main also reads it.
  return (
    !text.startsWith('+') && digits.length >= 11 && !!parsePhoneNumberFromString(`+${digits}`)?.isValid()
  );
}

/**
 * What to search for while the operator types: a short pause settles the text (so a name is
 * not searched letter by letter), but an empty field and a whole number count at once.
 */
export function useSettledQuery(text: string, country: string | undefined): string {
  const trimmed = text.trim();
  const [debounced] = useDebouncedValue(trimmed, DEBOUNCE_MS);
  return trimmed === '' || isWholeNumber(trimmed, country) ? trimmed : debounced;
}
