import Database from 'better-sqlite3';

/** Marks a file as ShopDesk's ("SHDK"), so a stranger's SQLite file is never migrated over. */
export const APPLICATION_ID = 0x5348444b;

/** Older SQLite has a WAL corruption bug (DESIGN §4). */
export const MIN_SQLITE_VERSION = '3.51.3';

export type Db = Database.Database;

export class StartupError extends Error {
  constructor(
    readonly kind: 'not_shopdesk' | 'newer_version' | 'old_sqlite' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Opens (or creates) a database file with the pragmas every connection needs. Does not
 * migrate: see migrate.ts. Throws StartupError for a file that is not ours.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw new StartupError(
      'unreadable',
      `The database file could not be opened: ${(error as Error).message}`,
    );
  }
  try {
    const version = db.prepare('select sqlite_version() as v').get() as { v: string };
    if (compareVersions(version.v, MIN_SQLITE_VERSION) < 0) {
      throw new StartupError(
        'old_sqlite',
        `SQLite ${version.v} is too old; ShopDesk needs ${MIN_SQLITE_VERSION} or newer.`,
      );
    }
    // Reading the header is the first thing that fails on a file that is not SQLite at all.
    const appId = db.pragma('application_id', { simple: true }) as number;
    const hasTables =
      (db.prepare("select count(*) as n from sqlite_schema where type = 'table'").get() as { n: number }).n >
      0;
    if (appId !== APPLICATION_ID && (appId !== 0 || hasTables)) {
      throw new StartupError(
        'not_shopdesk',
        'This file is a database, but not a ShopDesk one. It was left untouched.',
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // Money and losses must survive a power cut; better-sqlite3 would leave NORMAL in WAL.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StartupError) throw error;
    const message = (error as Error).message;
    if (/not a database|file is encrypted/i.test(message)) {
      throw new StartupError('not_shopdesk', 'This file is not a ShopDesk database. It was left untouched.');
    }
    throw new StartupError('unreadable', `The database could not be read: ${message}`);
  }
}
