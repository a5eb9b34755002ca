import { prepared } from '../db/prepared';
import type { BlocklistHit } from '../../../shared/contract/blocklist';
import type { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../shared/domain/enums';
import {
  addressKey,
  buildingKey,
  buildingRuns,
  emailKey,
  emailLooseKey,
  nameKey,
} from '../../../shared/domain/normalize';
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

/**
 * The unlifted e-mail, address and name entries, indexed by their loose keys, cached per database
 * until the blocklist version (bumped by triggers on every change) moves. The call desk asks for
 * every result it shows, so re-reading and re-folding the list each time was most of a look-up.
 */
interface LooseIndex {
  byEmail: Map<string, EntryRow[]>;
  byNameWords: Map<string, EntryRow[]>;
  /** Address entries by their building key (normalize.ts buildingKey). */
  byBuilding: Map<string, EntryRow[]>;
  /** Address entries by every run of their building key (buildingRuns), the whole key included. */
  byBuildingRun: Map<string, EntryRow[]>;
}
const looseCache = new WeakMap<Db, { version: number; index: LooseIndex }>();

function push(map: Map<string, EntryRow[]>, key: string, row: EntryRow) {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

function looseIndex(db: Db): LooseIndex {
  const { version } = prepared(db, 'select version from blocklist_version where id = 1').get() as {
    version: number;
  };
  const cached = looseCache.get(db);
  if (cached?.version === version) return cached.index;
  const rows = prepared(
    db,
    `select ${ENTRY_COLUMNS} from blocklist_entries e join staff s on s.id = e.created_by
       where e.kind in ('email', 'address', 'name') and e.lifted_at is null`,
  ).all() as EntryRow[];
  const index: LooseIndex = {
    byEmail: new Map(),
    byNameWords: new Map(),
    byBuilding: new Map(),
    byBuildingRun: new Map(),
  };
  for (const row of rows) {
    if (row.kind === 'email') push(index.byEmail, emailLooseKey(row.value_norm), row);
    else if (row.kind === 'name') push(index.byNameWords, sortedWords(row.value_norm), row);
    else {
      // From the value as written, not the stored key: a key stored by an older addressKey
      // still gives today's building.
      const building = buildingKey(addressKey(row.value));
      if (building === null) continue;
      push(index.byBuilding, building, row);
      for (const run of buildingRuns(building)) push(index.byBuildingRun, run, row);
    }
  }
  looseCache.set(db, { version, index });
  return index;
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
  if (probed.length === 0 && probe.customerId === undefined) return [];

  const exact = prepared(
    db,
    `select ${ENTRY_COLUMNS} from blocklist_entries e join staff s on s.id = e.created_by
     where e.kind = $kind and e.value_norm = $key and ${ACTIVE}`,
  );
  const found = new Map<number, { row: EntryRow; typed: string; match: 'exact' | 'loose' }>();
  // An entry made for this customer (or for a record merged into them) follows the person, not
  // only the details they have today: replacing a blocked phone must not lift the owner's block.
  if (probe.customerId !== undefined) {
    const forCustomer = prepared(
      db,
      `select ${ENTRY_COLUMNS} from blocklist_entries e join staff s on s.id = e.created_by
       where ${ACTIVE} and e.customer_id in (select id from customers where id = $id or merged_into_id = $id)`,
    );
    for (const row of forCustomer.all({ id: probe.customerId, now }) as EntryRow[])
      found.set(row.id, { row, typed: row.value, match: 'exact' });
  }
  for (const p of probed) {
    for (const row of exact.all({ kind: p.kind, key: p.key, now }) as EntryRow[]) {
      found.set(row.id, { row, typed: p.typed, match: 'exact' });
    }
  }

  if (probed.some((p) => p.kind !== 'phone')) {
    const index = looseIndex(db);
    const addLoose = (row: EntryRow, typed: string) => {
      if (found.has(row.id) || (row.expires_at !== null && row.expires_at <= now)) return;
      found.set(row.id, { row, typed, match: 'loose' });
    };
    for (const p of probed) {
      if (p.kind === 'email') for (const row of index.byEmail.get(p.loose!) ?? []) addLoose(row, p.typed);
      if (p.kind === 'name')
        for (const row of index.byNameWords.get(sortedWords(p.key)) ?? []) addLoose(row, p.typed);
      if (p.kind === 'address') {
        // The same building with another flat, or written with or without the street markers,
        // the city or a корпус: one building key is a run of the other. Map look-ups only, so
        // the cost does not grow with the blocklist.
        const building = buildingKey(p.key);
        if (building === null) continue;
        for (const row of index.byBuildingRun.get(building) ?? []) addLoose(row, p.typed);
        for (const run of buildingRuns(building))
          for (const row of index.byBuilding.get(run) ?? []) addLoose(row, p.typed);
      }
    }
  }

  const exceptionFor = prepared(
    db,
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
