import { statSync } from 'node:fs';
import { APPLICATION_ID, StartupError, type Db } from './open';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrateResult {
  from: number;
  to: number;
  /** Path of the backup taken before migrating an existing database, if one was taken. */
  backupPath: string | null;
}

export const LATEST_VERSION = MIGRATIONS.length;

/**
 * Brings the database to the latest schema: every pending step in one transaction, the version
 * in PRAGMA user_version. A database from a newer app is refused; before an existing non-empty
 * file changes, `backupFirst` is asked to back it up (the app passes the backup folder writer;
 * a failing backup stops the migration, the file untouched).
 */
export function migrate(
  db: Db,
  options: { migrations?: readonly Migration[]; backupFirst?: (db: Db) => string } = {},
): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) {
    throw new StartupError(
      'newer_version',
      `This database was written by a newer ShopDesk (schema ${from}; this app knows up to ${latest}). Update the app; the file was left untouched.`,
    );
  }
  if (from === latest) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  const file = db.name;
  if (options.backupFirst && from > 0 && file && file !== ':memory:' && statSync(file).size > 0) {
    backupPath = options.backupFirst(db);
  }

  db.transaction(() => {
    for (let version = from; version < latest; version++) {
      migrations[version]!.up(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, backupPath };
}
