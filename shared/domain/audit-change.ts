// An audit entry's before and after (any JSON) as "key: old → new" lines a person can read.
// Objects are compared key by key, nested objects by their dotted keys (settings → risk.x);
// only what differs is listed. A value with no other side (a creation) is listed as it is.

export interface ChangeLine {
  /** Dotted path inside the value ("risk.signatureAbove"); empty for a value that is not an object. */
  key: string;
  before?: unknown;
  after?: unknown;
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function walk(before: unknown, after: unknown, prefix: string, out: ChangeLine[]): void {
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!same(before[key], after[key])) walk(before[key], after[key], path, out);
    }
    return;
  }
  const line: ChangeLine = { key: prefix };
  if (before !== undefined) line.before = before;
  if (after !== undefined) line.after = after;
  out.push(line);
}

function listAll(value: Plain, side: 'before' | 'after', out: ChangeLine[]): void {
  for (const [key, item] of Object.entries(value)) out.push({ key, [side]: item });
}

export function changeLines(before: unknown, after: unknown): ChangeLine[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  const out: ChangeLine[] = [];
  if (hasBefore && hasAfter) walk(before, after, '', out);
  else if (hasAfter) {
    if (isPlain(after)) listAll(after, 'after', out);
    else out.push({ key: '', after });
  } else if (hasBefore) {
    if (isPlain(before)) listAll(before, 'before', out);
    else out.push({ key: '', before });
  }
  return out;
}

/** "keepDaily" → "keep daily", "risk.codNewCustomerLimit" → "risk › cod new customer limit". */
export function readableKey(key: string): string {
  return key
    .split('.')
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/_/g, ' ')
        .toLowerCase(),
    )
    .join(' › ');
}
