import type { Settings } from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// The shop's own order numbers: prefix + a zero-padded sequence ("SD-000124"). The sequence
// starts after the highest number already used with this prefix (demo data, an import, numbers
// typed by hand) and never hands out one that exists.

const format = (prefix: string, digits: number, n: number) => `${prefix}${String(n).padStart(digits, '0')}`;

/**
 * The highest sequence used with this prefix. Scans the prefix's range of the unique index, so it
 * runs only when the sequence is first kept for a prefix; after that the stored next is enough.
 */
function highestUsed(db: Db, prefix: string): number {
  const row = prepared(
    db,
    // ASCII '/' sorts just before '0' and ':' just after '9': the range holds prefix + a digit first.
    `select max(cast(substr(number, length($prefix) + 1) as integer)) as n from orders
     where number > $prefix || '/' and number < $prefix || ':'
       and length(number) - length($prefix) <= 15
       and substr(number, length($prefix) + 1) not glob '*[^0-9]*'`,
  ).get({ prefix }) as { n: number | null };
  return row.n ?? 0;
}

function firstFree(db: Db, settings: Settings): number {
  const { prefix, digits } = settings.orderNumbers;
  const stored = prepared(db, 'select prefix, next from order_numbering where id = 1').get() as
    { prefix: string; next: number } | undefined;
  let n = stored && stored.prefix === prefix ? stored.next : highestUsed(db, prefix) + 1;
  // A number typed by hand or imported may already hold the next one: skip past it.
  const taken = prepared(db, 'select 1 from orders where number = ?');
  while (taken.get(format(prefix, digits, n))) n++;
  return n;
}

/** The number the next new order would get; nothing is reserved. */
export function peekOrderNumber(db: Db, settings: Settings): string {
  const { prefix, digits } = settings.orderNumbers;
  return format(prefix, digits, firstFree(db, settings));
}

/** Takes the next number. Call inside the order's transaction, so a refusal gives it back. */
export function takeOrderNumber(db: Db, settings: Settings): string {
  const { prefix, digits } = settings.orderNumbers;
  const n = firstFree(db, settings);
  prepared(
    db,
    `insert into order_numbering (id, prefix, next) values (1, $prefix, $next)
     on conflict(id) do update set prefix = excluded.prefix, next = excluded.next`,
  ).run({ prefix, next: n + 1 });
  return format(prefix, digits, n);
}
