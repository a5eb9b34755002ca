import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../shared/domain/enums';
import { addressKey, emailKey, emailLooseKey, nameKey } from '../../../shared/domain/normalize';
import type { Db } from '../db/open';
import { phoneKey } from './keys';

type BlockKind = (typeof BLOCK_KINDS)[number];
type BlockAction = (typeof BLOCK_ACTIONS)[number];

/** The details to check: a customer's, an order's, or what the operator just typed. */
export interface Probe {
  phones: string[];
  emails: string[];
  addresses: string[];
  names: string[];
  customerId?: number;
}

interface EntryRow {
  id: number;
  kind: BlockKind;
  value: string;
  value_norm: string;
  action: BlockAction;
  reason: string;
  created_by_name: string;
  created_at: number;
  expires_at: number | null;
}

const ACTIVE = 'e.lifted_at is null and (e.expires_at is null or e.expires_at > $now)';
const ENTRY_COLUMNS = `e.id, e.kind, e.value, e.value_norm, e.action, e.reason, e.created_at, e.expires_at,
  s.name as created_by_name`;

const sortedWords = (key: string) => key.split(' ').sort().join(' ');
/** Same building, another flat (or the other way round): one key starts with the other. */
const sameBuilding = (a: string, b: string) => a.startsWith(`${b} `) || b.startsWith(`${a} `);

interface LooseCandidate {
  row: EntryRow;
  emailLoose?: string;
  nameWords?: string;
}

/**
 * The unlifted e-mail, address and name entries with their loose keys precomputed, cached per
 * database until an entry is added or lifted. The call desk asks for every result it shows, so
 * re-reading and re-folding the whole list each time was most of a look-up's cost.
 */
const looseCache = new WeakMap<Db, { fingerprint: string; entries: LooseCandidate[] }>();

function looseCandidates(db: Db): LooseCandidate[] {
  const { n, top, lifted } = db
    .prepare(
      `select count(*) as n, coalesce(max(id), 0) as top, count(lifted_at) as lifted from blocklist_entries`,
    )
    .get() as { n: number; top: number; lifted: number };
  const fingerprint = `${n}:${top}:${lifted}`;
  const cached = looseCache.get(db);
  if (cached?.fingerprint === fingerprint) return cached.entries;
  const rows = db
    .prepare(
      `select ${ENTRY_COLUMNS} from blocklist_entries e join staff s on s.id = e.created_by
       where e.kind in ('email', 'address', 'name') and e.lifted_at is null`,
    )
    .all() as EntryRow[];
  const entries = rows.map((row) => ({
    row,
    emailLoose: row.kind === 'email' ? emailLooseKey(row.value_norm) : undefined,
    nameWords: row.kind === 'name' ? sortedWords(row.value_norm) : undefined,
  }));
  looseCache.set(db, { fingerprint, entries });
  return entries;
}

/**
 * Every active blocklist entry these details hit. Exact hits come from the (kind, value_norm)
 * index; loose ones compare against the cached unlifted entries in JS (the blocklist is
 * hundreds or thousands of rows, not millions). A loose hit is never more than a caution.
 */
export function findHits(db: Db, probe: Probe, country: string, now: number): BlocklistHit[] {
  const probed: { kind: BlockKind; typed: string; key: string; loose?: string }[] = [
    ...probe.phones.map((p) => ({ kind: 'phone' as const, typed: p, key: phoneKey(p, country) })),
    ...probe.emails.map((e) => ({
      kind: 'email' as const,
      typed: e,
      key: emailKey(e),
      loose: emailLooseKey(e),
    })),
    ...probe.addresses.map((a) => ({ kind: 'address' as const, typed: a, key: addressKey(a) })),
    ...probe.names.map((n) => ({ kind: 'name' as const, typed: n, key: nameKey(n) })),
  ].filter((p) => p.key.length > 0 && p.key !== '?');
  if (probed.length === 0) return [];

  const exact = db.prepare(
    `select ${ENTRY_COLUMNS} from blocklist_entries e join staff s on s.id = e.created_by
     where e.kind = $kind and e.value_norm = $key and ${ACTIVE}`,
  );
  const found = new Map<number, { row: EntryRow; typed: string; match: 'exact' | 'loose' }>();
  for (const p of probed) {
    for (const row of exact.all({ kind: p.kind, key: p.key, now }) as EntryRow[]) {
      found.set(row.id, { row, typed: p.typed, match: 'exact' });
    }
  }

  const looseKinds = new Set(probed.filter((p) => p.kind !== 'phone').map((p) => p.kind));
  if (looseKinds.size > 0) {
    for (const entry of looseCandidates(db)) {
      const row = entry.row;
      if (found.has(row.id) || !looseKinds.has(row.kind)) continue;
      if (row.expires_at !== null && row.expires_at <= now) continue;
      const hit = probed.find(
        (p) =>
          p.kind === row.kind &&
          ((p.kind === 'email' && p.loose === entry.emailLoose) ||
            (p.kind === 'address' && sameBuilding(p.key, row.value_norm)) ||
            (p.kind === 'name' && sortedWords(p.key) === entry.nameWords)),
      );
      if (hit) found.set(row.id, { row, typed: hit.typed, match: 'loose' });
    }
  }

  const exceptionFor = db.prepare(
    `select x.reason, x.granted_at, s.name as granted_by from blocklist_exceptions x
     join staff s on s.id = x.granted_by
     where x.entry_id = ? and x.customer_id = ? and x.revoked_at is null order by x.id desc limit 1`,
  );
  return [...found.values()].map(({ row, typed, match }) => {
    const exception =
      probe.customerId === undefined
        ? undefined
        : (exceptionFor.get(row.id, probe.customerId) as
            { reason: string; granted_at: number; granted_by: string } | undefined);
    return {
      entryId: row.id,
      kind: row.kind,
      action: row.action,
      effective: match === 'loose' ? 'caution' : row.action,
      match,
      entryValue: row.value,
      matchedValue: typed,
      reason: row.reason,
      createdBy: row.created_by_name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      exception: exception
        ? { reason: exception.reason, grantedBy: exception.granted_by, grantedAt: exception.granted_at }
        : null,
    };
  });
}

/** The hits that count: not excused by an exception. */
export const countingHits = (hits: BlocklistHit[]) => hits.filter((h) => h.exception === null);
