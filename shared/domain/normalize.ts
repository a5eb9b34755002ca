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

// The building of an address, for the loose relation "same building, another flat" (issue 14).
// Worked out from the normal key (addressKey), so stored keys never need rewriting and every
// caller that holds only a key (the import's filter) gets the same answer as the matcher.

/** Words that only say what kind of place follows; people leave them out ("Покровка 17"). */
const PLACE_MARKERS = new Set(
  [
    'улица',
    'дом',
    'проспект',
    'переулок',
    'шоссе',
    'площадь',
    'набережная',
    'бульвар',
    'город',
    'область',
    'street',
    'road',
    'avenue',
  ].map(foldLetters),
);
/** Where the part inside the building starts: the flat, office, entrance, floor... */
const INSIDE_MARKERS = new Set(
  [
    'квартира',
    'офис',
    'оф',
    'комната',
    'подъезд',
    'под',
    'этаж',
    'эт',
    'домофон',
    'apartment',
    'flat',
    'suite',
    'floor',
    'entrance',
  ].map(foldLetters),
);
/** Parts of a building number, not of a street name. */
const BUILDING_PARTS = new Set(['корпус', 'строение', 'building'].map(foldLetters));
const isNumber = (word: string) => /^\p{N}+$/u.test(word);

/**
 * The building an address key names, as words: the place markers dropped and everything from the
 * flat on cut off, so "ул. Баумана, д. 12, кв. 5", "Баумана 12-5" and "Баумана, 12" all give
 * "баумана 12" (a bare number after the house number is its flat: "12-5", "12, 5"). Null when
 * the key has no house number or no street word: a building cannot be told from it.
 */
export function buildingKey(addressKeyText: string): string | null {
  const building: string[] = [];
  for (const word of addressKeyText.split(' ')) {
    if (INSIDE_MARKERS.has(word)) break;
    if (word && !PLACE_MARKERS.has(word)) building.push(word);
  }
  const n = building.length;
  if (n >= 3 && isNumber(building[n - 1]!) && isNumber(building[n - 2]!)) building.pop();
  return namesABuilding(building) ? building.join(' ') : null;
}

/** A house number and a street word of two letters or more ("а" in "12 а" is part of a number). */
function namesABuilding(words: string[]): boolean {
  return words.some(isNumber) && words.some((w) => w.length >= 2 && !isNumber(w) && !BUILDING_PARTS.has(w));
}

/**
 * Every run of consecutive words of a building key that still names a building, the whole key
 * included: "москва покровка 17" → "москва покровка 17", "покровка 17". One building key is
 * loosely the same building as another when it is one of the other's runs (the city or a
 * корпус written in one and not the other).
 */
export function buildingRuns(key: string): string[] {
  const words = key.split(' ');
  const runs: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const run = words.slice(start, end);
      if (namesABuilding(run)) runs.push(run.join(' '));
    }
  }
  return runs;
}
