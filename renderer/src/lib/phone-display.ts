import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A stored number as people read it ("+7 916 123 45 67"). Main keeps E.164; anything else (a
 * number kept as typed because it could not be parsed) is shown exactly as typed.
 */
export function displayPhone(value: string): string {
  if (!value.startsWith('+')) return value;
  let shown = seen.get(value);
  if (shown === undefined) {
    // Parsing is the costly part, and a scrolling list shows the same numbers again and again.
    if (seen.size >= 5000) seen.clear();
    shown = parsePhoneNumberFromString(value)?.formatInternational() ?? value;
    seen.set(value, shown);
  }
  return shown;
}

const seen = new Map<string, string>();
