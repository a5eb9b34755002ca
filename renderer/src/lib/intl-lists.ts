// Choice lists for country, currency and time zone come from the runtime's own Intl data, so
// they are complete, localized and need no bundled tables.

export interface Option {
  value: string;
  label: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Codes ICU names that are not countries a phone number can belong to.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AA', 'QU']);

const cache = new Map<string, Option[]>();

function cached(key: string, build: () => Option[]): Option[] {
  const hit = cache.get(key);
  if (hit) return hit;
  const built = build();
  cache.set(key, built);
  return built;
}

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

export function countryOptions(locale: string): Option[] {
  return cached(`country:${locale}`, () => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    const options: Option[] = [];
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = first + second;
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (name && name !== code) options.push({ value: code, label: `${name} (${code})` });
      }
    }
    return options.sort(byLabel(locale));
  });
}

export function currencyOptions(locale: string): Option[] {
  return cached(`currency:${locale}`, () => {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    return Intl.supportedValuesOf('currency').map((code) => ({
      value: code,
      label: `${code} — ${names.of(code) ?? code}`,
    }));
  });
}

export function timeZoneOptions(): Option[] {
  return cached('timeZone', () =>
    Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
  );
}

/** Keeps a stored value selectable even when this runtime's list lacks it (e.g. "UTC"). */
export function withValue(options: Option[], value: string): Option[] {
  return value === '' || options.some((option) => option.value === value)
    ? options
    : [{ value, label: value }, ...options];
}
