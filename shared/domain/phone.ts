import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// Phones are stored as E.164 plus the text as typed (DESIGN §4). "8 916 123-45-67",
// "+7 (916) 123 45 67" and "79161234567" must all become +79161234567.

export interface NormalizedPhone {
  e164: string;
  /** Digits of the E.164 number reversed, so "ends with 4567" is an indexed prefix range. */
  digitsReversed: string;
}

export function normalizePhone(raw: string, defaultCountry: string): NormalizedPhone | null {
  const text = raw.trim();
  if (!/\d/.test(text)) return null;
  const country = defaultCountry as CountryCode;
  let parsed = parsePhoneNumberFromString(text, country);
  // People in RU/KZ write the country code without "+" ("7916..."); try that reading too.
  if (!parsed?.isValid()) {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 11 && !text.startsWith('+')) {
      parsed = parsePhoneNumberFromString(`+${digits}`, country);
    }
  }
  if (!parsed?.isValid()) return null;
  const e164 = parsed.number;
  return { e164, digitsReversed: reverseDigits(e164) };
}

export function reverseDigits(text: string): string {
  return text.replace(/\D/g, '').split('').reverse().join('');
}
