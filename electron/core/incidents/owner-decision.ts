import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { forbidden } from '../errors';

/** What closes an incident: the decision on it that moves money between fault buckets. */
const CLOSED = new Set(['resolved', 'rejected']);
/**
 * What makes the decision and who carries its money: the operator may add notes and evidence
 * to a closed incident, not change these (moving it to another customer or courier, or adding a
 * cost line, moves money between the owner's buckets as surely as changing the fault).
 */
export const DECISION_FIELDS = [
  'status',
  'fault',
  'cause',
  'resolution',
  'customerId',
  'orderId',
  'courierId',
  'costs',
] as const;

export interface OwnerDecision {
  by: string;
  at: number;
}

/**
 * The owner's closing of this incident, if the last change of its status was the owner closing
 * it (read from the audit log, where every status change is kept). Until the owner reopens it,
 * it stands: an operator cannot overturn it (issue 16: Resolved, fault Customer → Rejected, fault
 * Shop moved money between buckets and changed the customer's verdict).
 */
export function ownerDecision(db: Db, incidentId: number): OwnerDecision | null {
  const row = prepared(
    db,
    `select a.at, json_extract(a.after, '$.status') as status, s.name, s.role
     from audit_log a left join staff s on s.id = a.staff_id
     where a.entity = 'incident' and a.entity_id = ? and json_extract(a.after, '$.status') is not null
     order by a.id desc limit 1`,
  ).get(incidentId) as { at: number; status: string; name: string | null; role: string | null } | undefined;
  if (!row || !CLOSED.has(row.status) || row.role !== 'owner') return null;
  return { by: row.name ?? '', at: row.at };
}

/**
 * What only the owner decides on any incident, closed or not: whether a customer-fault incident
 * is held against the customer (issue 16, point 7: it changes the call desk's verdict on her).
 */
export const OWNER_ONLY_FIELDS = ['notHeldAgainstCustomer'] as const;

const roleOf = (db: Db, staffId: number | null) =>
  staffId === null
    ? null
    : ((prepared(db, 'select role from staff where id = ?').get(staffId) as { role: string } | undefined)
        ?.role ?? null);

/** Refuses an operator's change of an owner-only field; nothing is written. */
export function assertOwnerOnly(db: Db, staffId: number | null, changed: readonly string[]): void {
  if (!changed.some((field) => (OWNER_ONLY_FIELDS as readonly string[]).includes(field))) return;
  if (roleOf(db, staffId) !== 'owner') throw forbidden('Only the owner can do this.');
}

/** Refuses an operator's change of the owner's decision; nothing is written. */
export function assertMayChangeDecision(
  db: Db,
  incidentId: number,
  staffId: number | null,
  changed: readonly string[],
): void {
  if (!changed.some((field) => (DECISION_FIELDS as readonly string[]).includes(field))) return;
  const decision = ownerDecision(db, incidentId);
  if (!decision) return;
  if (roleOf(db, staffId) === 'owner') return;
  throw forbidden(
    `${decision.by || 'The owner'} closed this incident; only the owner can change its status, cause, fault, resolution, people or costs. Add a note for the owner instead.`,
  );
}
