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
