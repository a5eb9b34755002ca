import type { BlocklistEntry } from '../../../shared/contract/blocklist';
import type { Db } from '../db/open';

interface Row {
  id: number;
  kind: BlocklistEntry['kind'];
  value: string;
  action: BlocklistEntry['action'];
  reason: string;
  customer_id: number | null;
  customer_name: string | null;
  created_by: string;
  created_at: number;
  expires_at: number | null;
  lifted_by: string | null;
  lifted_at: number | null;
  lift_reason: string | null;
}

const SELECT = `select e.id, e.kind, e.value, e.action, e.reason, e.customer_id, c.name as customer_name,
    cs.name as created_by, e.created_at, e.expires_at, ls.name as lifted_by, e.lifted_at, e.lift_reason
  from blocklist_entries e
  join staff cs on cs.id = e.created_by
  left join staff ls on ls.id = e.lifted_by
  left join customers c on c.id = e.customer_id`;

function exceptionsOf(db: Db, entryId: number): BlocklistEntry['exceptions'] {
  const rows = db
    .prepare(
      `select x.id, x.customer_id, c.name as customer_name, x.reason, gs.name as granted_by, x.granted_at,
              rs.name as revoked_by, x.revoked_at
       from blocklist_exceptions x join customers c on c.id = x.customer_id
       join staff gs on gs.id = x.granted_by left join staff rs on rs.id = x.revoked_by
       where x.entry_id = ? order by x.id`,
    )
    .all(entryId) as {
    id: number;
    customer_id: number;
    customer_name: string;
    reason: string;
    granted_by: string;
    granted_at: number;
    revoked_by: string | null;
    revoked_at: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    reason: r.reason,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at,
  }));
}

function toEntry(db: Db, row: Row, now: number): BlocklistEntry {
  const state =
    row.lifted_at !== null
      ? 'lifted'
      : row.expires_at !== null && row.expires_at <= now
        ? 'expired'
        : 'active';
  return {
    id: row.id,
    kind: row.kind,
    value: row.value,
    action: row.action,
    reason: row.reason,
    customerId: row.customer_id,
    customerName: row.customer_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    liftedBy: row.lifted_by,
    liftedAt: row.lifted_at,
    liftReason: row.lift_reason,
    state,
    exceptions: exceptionsOf(db, row.id),
  };
}

export function getEntry(db: Db, id: number, now: number): BlocklistEntry | undefined {
  const row = db.prepare(`${SELECT} where e.id = ?`).get(id) as Row | undefined;
  return row && toEntry(db, row, now);
}

export interface EntryFilter {
  kind?: BlocklistEntry['kind'];
  action?: BlocklistEntry['action'];
  state: 'active' | 'expired' | 'lifted' | 'all';
  search?: string;
}

const STATE_SQL = {
  active: 'e.lifted_at is null and (e.expires_at is null or e.expires_at > $now)',
  expired: 'e.lifted_at is null and e.expires_at is not null and e.expires_at <= $now',
  lifted: 'e.lifted_at is not null',
  all: '1',
} as const;

export function listEntries(db: Db, filter: EntryFilter, now: number): BlocklistEntry[] {
  const rows = db
    .prepare(
      `${SELECT} where ${STATE_SQL[filter.state]}
         and ($kind is null or e.kind = $kind) and ($action is null or e.action = $action)
         and ($search is null or e.value like $search or e.reason like $search or c.name like $search)
       order by e.created_at desc limit 2000`,
    )
    .all({
      now,
      kind: filter.kind ?? null,
      action: filter.action ?? null,
      search: filter.search ? `%${filter.search.replace(/[%_]/g, '')}%` : null,
    }) as Row[];
  return rows.map((r) => toEntry(db, r, now));
}
