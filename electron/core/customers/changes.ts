import type { CustomerChange } from '../../../shared/contract/customers';
import { changeLines } from '../../../shared/domain/audit-change';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// The customer's change log is the audit log: each update stores the whole customer before and
// after (write.ts), a creation stores the fields it was given. Both are brought to one plain
// shape here, so the diff lists what a person edited — not row ids that every save renews.

type Snapshot = Record<string, unknown>;

const PLAIN_FIELDS = [
  'name',
  'vip',
  'caution',
  'doubtful',
  'doNotCall',
  'callFrom',
  'callTo',
  'timeZone',
  'deliveryNotes',
  'note',
] as const;

function courierName(db: Db, id: unknown): string | null {
  if (typeof id !== 'number') return null;
  const row = prepared(db, 'select name from couriers where id = ?').get(id) as { name: string } | undefined;
  return row?.name ?? `#${id}`;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A stored customer (update) or the fields of a creation, as the fields people edit. */
function snapshot(db: Db, value: Snapshot): Snapshot {
  const out: Snapshot = {};
  for (const field of PLAIN_FIELDS) out[field] = value[field] ?? null;
  const courier = value.preferredCourier as { name?: string } | null | undefined;
  out.preferredCourier =
    'preferredCourier' in value ? (courier?.name ?? null) : courierName(db, value.preferredCourierId);
  out.phones = asList(value.phones).map((phone) => {
    const p = phone as { raw: string; kind?: string; verified?: boolean };
    return { raw: p.raw, kind: p.kind ?? 'mobile', verified: p.verified ?? false };
  });
  out.emails = asList(value.emails).map((e) => (typeof e === 'string' ? e : (e as { email: string }).email));
  out.addresses = asList(value.addresses).map((a) =>
    typeof a === 'string' ? a : (a as { address: string }).address,
  );
  return out;
}

const isEmpty = (value: unknown) =>
  value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);

const parse = (json: string | null): Snapshot | null => (json ? (JSON.parse(json) as Snapshot) : null);

/** What one audit row of the customer changed; a creation lists only what it was given. */
export function customerRowChanges(db: Db, beforeJson: string | null, afterJson: string | null) {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!after) return [];
  const next = snapshot(db, after);
  if (!before) {
    return Object.entries(next)
      .filter(([, value]) => !isEmpty(value))
      .map(([field, value]): CustomerChange => ({ field, before: null, after: value }));
  }
  // A merge stores both records, not one customer: its title says what happened.
  if ('target' in before) return [];
  return changeLines(snapshot(db, before), next).map((line): CustomerChange => ({
    field: line.key,
    before: line.before ?? null,
    after: line.after ?? null,
  }));
}

export interface BlockAuditRow {
  action: string;
  note: string;
  after: string | null;
  kind: string;
  value: string;
  block: string;
}

/** A blocklist entry about the customer (or an exception for them): which one, and why. */
export function blockRowChanges(row: BlockAuditRow): CustomerChange[] {
  const entry = { action: row.block, kind: row.kind, value: row.value };
  const reason = row.action === 'add' ? ((parse(row.after)?.reason as string | undefined) ?? '') : row.note;
  const field = row.action.endsWith('exception') ? 'exception' : 'blocklist';
  const gone = row.action === 'lift' || row.action === 'revoke_exception';
  const changes: CustomerChange[] = [{ field, before: gone ? entry : null, after: gone ? null : entry }];
  if (reason) changes.push({ field: 'reason', before: null, after: reason });
  return changes;
}

/** The titles a blocklist action has on the customer's Changes tab. */
export const BLOCK_TITLE: Record<string, string> = {
  add: 'block_added',
  lift: 'block_lifted',
  grant_exception: 'exception_granted',
  revoke_exception: 'exception_revoked',
};
