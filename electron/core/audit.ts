import type { Db } from './db/open';

export interface AuditEntry {
  staffId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/** Appends to the audit log. The table itself refuses UPDATE and DELETE (0001-initial). */
export function writeAudit(db: Db, at: number, entry: AuditEntry): void {
  db.prepare(
    `insert into audit_log (at, staff_id, action, entity, entity_id, before, after, note)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    entry.staffId,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.note ?? '',
  );
}

/**
 * The fields that differ between a record before and after an edit, each side with only those:
 * an audit entry that says what changed, not the whole record (which read as every field
 * becoming "—").
 */
export function changedFields<T extends object>(
  before: T,
  after: T,
  ignore: readonly (keyof T)[] = [],
): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (ignore.includes(key) || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { before: was, after: now };
}
