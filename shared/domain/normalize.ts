// Matching keys for the blocklist and customer search (issue 3). Two strengths:
// - the normal key: what "the same value" means (case, ё/е, look-alike letters, punctuation,
//   spacing and common abbreviations folded). Equal normal keys are an exact match.
// - a loose relation on top (see blocklist/match.ts): same mailbox ignoring dots and +tags, same
//   building with another flat, same words in another order. Loose hits are at most a caution.

/** Latin letters that look like Cyrillic ones, folded to the Cyrillic letter. */
const LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/[abcehkmoptxy]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
}

/** Abbreviation → full word, applied to whole words after folding (so keys are in folded form). */
const ABBREVIATIONS: [string, string][] = [
  ['ул', 'улица'],
  ['д', 'дом'],
  ['кв', 'квартира'],
  ['пр', 'проспект'],
  ['просп', 'проспект'],
  ['пер', 'переулок'],
  ['ш', 'шоссе'],
  ['корп', 'корпус'],
  ['к', 'корпус'],
  ['стр', 'строение'],
  ['пл', 'площадь'],
  ['наб', 'набережная'],
  ['б-р', 'бульвар'],
  ['бул', 'бульвар'],
  ['г', 'город'],
  ['обл', 'область'],
  ['st', 'street'],
  ['str', 'street'],
  ['apt', 'apartment'],
  ['ave', 'avenue'],
  ['rd', 'road'],
  ['bldg', 'building'],
].map(([short, full]) => [foldLetters(short!), foldLetters(full!)]);
const ABBREVIATION_MAP = new Map(ABBREVIATIONS);

function words(text: string): string[] {
  // Runs of letters and runs of digits; everything else separates words. "д.5" → "д", "5".
  // One pass of one expression: the call desk and an import of 100,000 rows call this a lot.
  return text.match(/\p{L}+|\p{N}+/gu) ?? [];
}

export function addressKey(address: string): string {
  return words(foldLetters(address))
    .map((w) => ABBREVIATION_MAP.get(w) ?? w)
    .join(' ');
}

export function nameKey(name: string): string {
  return words(foldLetters(name)).join(' ');
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The mailbox ignoring dots and "+tag" in the local part: a loose e-mail key. */
export function emailLooseKey(email: string): string {
  const key = emailKey(email);
  const at = key.lastIndexOf('@');
  if (at < 0) return key;
  const local = key.slice(0, at).split('+')[0]!.replace(/\./g, '');
  return `${local}@${key.slice(at + 1)}`;
}

export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}
