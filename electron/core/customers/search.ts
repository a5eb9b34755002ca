import { prepared } from '../db/prepared';
import type { CustomerSearch } from '../../../shared/contract/customers';
import { emailKey, looksLikeEmail, nameKey } from '../../../shared/domain/normalize';
import { normalizePhone, reverseDigits } from '../../../shared/domain/phone';
import { verdictOf, blocklistSignals } from '../risk/rules';
import type { Settings } from '../../../shared/domain/settings';
import type { Verdict } from '../../../shared/domain/risk';
import { findHits } from '../blocklist/match';
import type { Db } from '../db/open';
import { assessCustomer } from './assess';
import { getCustomerRow, loadCustomer } from './rows';

const LIMIT = 20;
/**
 * What a tracking number looks like: Russian Post's international "RA123456789RU" or its 14-digit
 * domestic number, a courier service's 10+ letters and digits. Shorter text is a phone suffix or a name.
 */
const TRACKING = /^(?=.*\d)[A-Za-z0-9-]{10,40}$/;
/** Text made only of what people write in a phone number: searched as one. */
export const PHONE_CHARS = /^[\d\s()+\-.]+$/;

type Match = { id: number; matchedOn: CustomerSearch['results'][number]['matchedOn']; matchedValue: string };
type Result = CustomerSearch['results'][number];

/** The verdicts the operator must see before anyone else in a list; the rest keep their order. */
const FIRST: Verdict[] = ['blocked', 'prepayment', 'caution'];
const rank = (verdict: Verdict) => {
  const index = FIRST.indexOf(verdict);
  return index < 0 ? FIRST.length : index;
};
const sortedWords = (key: string) => key.split(' ').sort().join(' ');

/** The upper bound of a prefix range: "7654" → "7655" (digits and folded text alike). */
function nextPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);
}

/**
 * The call desk's search: a whole phone (any format), its last 4+ digits, an e-mail, a name, an
 * order number or a post tracking number. Every branch but the tracking number is an indexed
 * equality or prefix range, bounded by LIMIT; the tracking number is looked up only when the text
 * could be one (TRACKING), so a name or a phone suffix never scans the orders.
 */
export function searchCustomers(db: Db, query: string, settings: Settings, now: number): CustomerSearch {
  const text = query.trim();
  if (text.length === 0) return { kind: 'empty', phone: null, results: [], unknown: null };
  const matches: Match[] = [];
  let kind: CustomerSearch['kind'] = 'name';
  let phone: string | null = null;

  const byOrder = prepared(
    db,
    'select customer_id as id, number from orders where number = ? collate nocase limit 1',
  ).get(text) as { id: number; number: string } | undefined;
  if (byOrder) matches.push({ id: byOrder.id, matchedOn: 'order', matchedValue: byOrder.number });
  const byTracking = TRACKING.test(text)
    ? (prepared(
        db,
        'select customer_id as id, tracking_number as value from orders where tracking_number = ? collate nocase limit ?',
      ).all(text, LIMIT) as { id: number; value: string }[])
    : [];
  for (const r of byTracking) matches.push({ id: r.id, matchedOn: 'tracking', matchedValue: r.value });

  const digits = text.replace(/\D/g, '');
  if (PHONE_CHARS.test(text) && digits.length >= 4) {
    kind = 'phone';
    phone = normalizePhone(text, settings.country)?.e164 ?? null;
    const rows = phone
      ? prepared(
          db,
          'select customer_id as id, e164 as value from customer_phones where e164 = ? limit ?',
        ).all(phone, LIMIT)
      : prepared(
          db,
          `select customer_id as id, coalesce(e164, raw) as value from customer_phones
             where digits_reversed >= ? and digits_reversed < ? limit ?`,
        ).all(reverseDigits(digits), nextPrefix(reverseDigits(digits)), LIMIT);
    for (const r of rows as { id: number; value: string }[]) {
      matches.push({ id: r.id, matchedOn: 'phone', matchedValue: r.value });
    }
  } else if (text.includes('@')) {
    kind = 'email';
    const key = emailKey(text);
    const rows = prepared(
      db,
      'select customer_id as id, email as value from customer_emails where email_norm >= ? and email_norm < ? limit ?',
    ).all(key, nextPrefix(key), LIMIT) as { id: number; value: string }[];
    for (const r of rows) matches.push({ id: r.id, matchedOn: 'email', matchedValue: r.value });
  } else {
    // Any word of the name by prefix ("кузн", "мар кузн"): candidates by the longest typed word
    // (the most selective) from the word index, then every typed word must start a word of the name.
    const typed = nameKey(text)
      .split(' ')
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const [first] = typed;
    if (first) {
      const rows = prepared(
        db,
        `select distinct c.id, c.name as value, c.name_norm from customer_name_words w join customers c on c.id = w.customer_id
           where w.word >= ? and w.word < ? limit 200`,
      ).all(first, nextPrefix(first)) as { id: number; value: string; name_norm: string }[];
      for (const r of rows) {
        const words = r.name_norm.split(' ');
        if (typed.every((t) => words.some((w) => w.startsWith(t)))) {
          matches.push({ id: r.id, matchedOn: 'name', matchedValue: r.value });
        }
      }
    }
  }
  const byNumber = (byOrder ? 1 : 0) + byTracking.length;
  if (byNumber > 0 && matches.length === byNumber) kind = 'order';

  const seen = new Set<number>();
  const results: Result[] = [];
  for (const match of matches) {
    // A merged customer answers as the one it was merged into.
    let row = getCustomerRow(db, match.id);
    while (row?.merged_into_id) row = getCustomerRow(db, row.merged_into_id);
    if (!row || seen.has(row.id)) continue;
    seen.add(row.id);
    const customer = loadCustomer(db, row);
    const { verdict } = assessCustomer(db, customer, settings, now);
    const firstPhone = customer.phones[0];
    results.push({
      id: row.id,
      name: row.name,
      // Found by a number: that number, not whichever the customer gave first.
      phone:
        match.matchedOn === 'phone'
          ? match.matchedValue
          : firstPhone
            ? (firstPhone.e164 ?? firstPhone.raw)
            : null,
      matchedOn: match.matchedOn,
      matchedValue: match.matchedValue,
      verdict,
    });
    if (results.length >= LIMIT) break;
  }
  // Stable: within a verdict, the order the branches found them in.
  results.sort((a, b) => rank(a.verdict) - rank(b.verdict));

  return { kind, phone, results, unknown: unknownDetail(db, text, kind, phone, results, settings, now) };
}

/**
 * What the blocklist says about a detail no listed customer has: a whole number (always, so it
 * can become a customer), an e-mail or a full name (only when entries match: a blocked person
 * who never became a customer must not read as "Nobody found").
 */
function unknownDetail(
  db: Db,
  text: string,
  kind: CustomerSearch['kind'],
  phone: string | null,
  results: Result[],
  settings: Settings,
  now: number,
): CustomerSearch['unknown'] {
  const verdictFor = (hits: ReturnType<typeof findHits>) => verdictOf(blocklistSignals(hits), null);
  const none = { phones: [], emails: [], addresses: [], names: [] };
  if (kind === 'phone') {
    if (!phone || results.some((r) => r.matchedOn === 'phone')) return null;
    const hits = findHits(db, { ...none, phones: [phone] }, settings.country, now);
    return { kind: 'phone', value: phone, hits, verdict: verdictFor(hits) };
  }
  if (kind === 'email') {
    const key = emailKey(text);
    if (!looksLikeEmail(text) || results.some((r) => emailKey(r.matchedValue) === key)) return null;
    const hits = findHits(db, { ...none, emails: [text] }, settings.country, now);
    return hits.length > 0 ? { kind: 'email', value: text, hits, verdict: verdictFor(hits) } : null;
  }
  if (kind === 'name') {
    // A listed customer with this very name shows the entry on their own card.
    const typed = sortedWords(nameKey(text));
    if (typed === '' || results.some((r) => sortedWords(nameKey(r.name)) === typed)) return null;
    const hits = findHits(db, { ...none, names: [text] }, settings.country, now);
    return hits.length > 0 ? { kind: 'name', value: text, hits, verdict: verdictFor(hits) } : null;
  }
  return null;
}
