import { blocklistKey } from '../../../shared/domain/order-policy';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

export interface OrderOverride {
  reason: string;
  by: string;
  at: number;
  /** The refusals the owner accepted (order-policy keys); an edit adding none of its own passes. */
  keys: string[];
}

/**
 * The owner's last decision to accept this order despite the shop's rules, read from the audit
 * log (indexed by entity), which is where the decision is kept for good. Entries written before
 * the keys were recorded name their blocklist entries instead.
 */
export function orderOverride(db: Db, orderId: number): OrderOverride | null {
  const row = prepared(
    db,
    `select a.at, a.note, a.after, s.name from audit_log a left join staff s on s.id = a.staff_id
     where a.entity = 'order' and a.entity_id = ? and a.action = 'override_blocklist' order by a.id desc limit 1`,
  ).get(orderId) as { at: number; note: string; after: string | null; name: string | null } | undefined;
  if (!row) return null;
  const after = (row.after ? JSON.parse(row.after) : {}) as { keys?: unknown; entries?: unknown };
  const keys = Array.isArray(after.keys)
    ? after.keys.map(String)
    : Array.isArray(after.entries)
      ? after.entries.map((id) => blocklistKey(String(id)))
      : [];
  return { reason: row.note, by: row.name ?? '', at: row.at, keys };
}
