import type { Migration } from './index';

// The audit log's UPDATE and DELETE guards do not see `INSERT OR REPLACE`: SQLite deletes the
// row it replaces without firing delete triggers (recursive_triggers is off), so an entry could
// be rewritten under its own id. This guard refuses an insert whose id is already taken, before
// the conflict is resolved — whatever the statement's conflict clause says.
export const auditReplaceGuard: Migration = {
  name: 'audit-replace-guard',
  up: (db) =>
    db.exec(`
      CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
      WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `),
};
