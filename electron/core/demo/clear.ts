import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// Clearing the demo shop empties every table of shop data, whatever later migrations add,
// except these: who works here, how the shop is set up, the audit log (append-only; it records
// the load and the clear), the import layouts the owner saved, and the blocklist's version
// counter (bumped, so cached verdicts are recomputed).
const KEPT_TABLES = new Set(['settings', 'staff', 'audit_log', 'import_layouts', 'blocklist_version']);

/** The shop holds data "Load demo data" must not mix with. */
export function shopHasData(db: Db): boolean {
  const { n } = prepared(
    db,
    'select (select count(*) from customers) + (select count(*) from orders) + (select count(*) from couriers) as n',
  ).get() as { n: number };
  return n > 0;
}

/** When the demo shop was loaded, unless cleared since (the audit log's shop entries, indexed). */
export function demoLoadedAt(db: Db): number | null {
  const last = prepared(
    db,
    `select action, at from audit_log
     where entity = 'shop' and entity_id is null and action in ('load_demo', 'clear_demo')
     order by id desc limit 1`,
  ).get() as { action: string; at: number } | undefined;
  return last?.action === 'load_demo' ? last.at : null;
}

/**
 * Deletes all shop data in one transaction. The history tables refuse DELETE by trigger and the
 * rollups follow by trigger, so the triggers are set aside for the transaction and put back as
 * they were (their own SQL); foreign keys are checked at commit, when every child row is gone.
 * The caller has taken a backup first.
 */
export function clearShopData(db: Db): void {
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const tables = (
      db
        .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
        .pluck()
        .all() as string[]
    ).filter((name) => !KEPT_TABLES.has(name));
    const triggers = db
      .prepare("select name, sql from sqlite_master where type = 'trigger' and sql is not null")
      .all() as { name: string; sql: string }[];
    for (const { name } of triggers) db.exec(`drop trigger "${name.replaceAll('"', '""')}"`);
    for (const table of tables) db.exec(`delete from "${table.replaceAll('"', '""')}"`);
    for (const { sql } of triggers) db.exec(sql);
    db.prepare('update blocklist_version set version = version + 1 where id = 1').run();
  })();
}
