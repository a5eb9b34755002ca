import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { APPLICATION_ID } from '../db/open';
import { decryptFile, DecryptError, unlock } from './crypto';
import { MANIFEST, manifestSchema, type Manifest } from './manifest';
import { sha256File } from './snapshot';

// Everything a restore checks before it touches the shop's data. Each refusal has its own kind
// and message, so the owner knows whether to look for another file or retype the passphrase.

export type RefusalKind =
  | 'not_found'
  | 'not_sqlite'
  | 'not_shopdesk'
  | 'newer_version'
  | 'damaged'
  | 'passphrase_needed'
  | 'wrong_passphrase'
  | 'unsafe_name'
  | 'schema_differs'
  | 'evidence_missing'
  | 'evidence_extra'
  | 'evidence_altered';

export class BackupRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefused';
  }
}

export interface Inspected {
  /** The checked (decrypted) copy of the database in a temp folder (remove `tempDir` when done). */
  databaseFile: string;
  tempDir: string;
  createdAt: number | null;
  schemaVersion: number;
  encrypted: boolean;
  counts: { customers: number; orders: number; incidents: number; evidenceFiles: number };
  /** The checked plain copies of the backup's evidence files, in `tempDir`; null when it has none. */
  evidenceDir: string | null;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

function header(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function readManifest(folder: string): Manifest {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  } catch {
    throw new BackupRefused(
      'damaged',
      'This backup folder’s description (manifest.json) is missing or damaged.',
    );
  }
}

function checkPlainDatabase(path: string, latestVersion: number) {
  if (!header(path).equals(SQLITE_HEADER)) {
    throw new BackupRefused('not_sqlite', 'This file is not a database backup (it is not an SQLite file).');
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused('damaged', `The backup cannot be opened: ${(error as Error).message}`);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      throw new BackupRefused('damaged', `The backup is damaged: ${(error as Error).message}`);
    }
    if (appId !== APPLICATION_ID) {
      throw new BackupRefused('not_shopdesk', 'This is a database, but not a ShopDesk one.');
    }
    if (version > latestVersion) {
      throw new BackupRefused(
        'newer_version',
        `This backup was made by a newer ShopDesk (schema ${version}; this app knows up to ${latestVersion}). Update the app first.`,
      );
    }
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      throw new BackupRefused('damaged', `The backup is damaged: ${(error as Error).message}`);
    }
    if (integrity !== 'ok')
      throw new BackupRefused('damaged', `The backup is damaged (integrity check: ${String(integrity)}).`);
    checkSchema(db, version);
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      version,
      counts: { customers: count('customers'), orders: count('orders'), incidents: count('incidents') },
    };
  } finally {
    db.close();
  }
}

/** A name of a file inside the backup's own folder: no folders, no way up or out. */
function isPlainName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && basename(name) === name;
}

function checkNames(manifest: Manifest): void {
  const names = [manifest.database.file, ...manifest.evidence.map((e) => e.file)];
  const unsafe = names.find((name) => !isPlainName(name));
  if (unsafe !== undefined)
    throw new BackupRefused(
      'unsafe_name',
      `This backup’s description names a file outside its folder (“${unsafe}”); it is not restored.`,
    );
  const seen = new Set<string>();
  for (const { file } of manifest.evidence) {
    if (seen.has(file))
      throw new BackupRefused(
        'damaged',
        'This backup folder’s description (manifest.json) is missing or damaged.',
      );
    seen.add(file);
  }
}

// The schema each version's migrations create, made once per version in this thread.
const expectedSchemas = new Map<number, Map<string, string>>();

/** Every table, index, trigger and view by type and name, with the SQL that made it. */
function schemaOf(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare(
      `select type, name, tbl_name as tableName, sql from sqlite_schema
       where name not like 'sqlite_stat%' order by type, name`,
    )
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, JSON.stringify([r.tableName, r.sql])]));
}

function expectedSchema(version: number): Map<string, string> {
  let schema = expectedSchemas.get(version);
  if (!schema) {
    const fresh = new Database(':memory:');
    try {
      migrate(fresh, { migrations: MIGRATIONS.slice(0, version) });
      schema = schemaOf(fresh);
    } finally {
      fresh.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/**
 * The candidate's tables, indexes and triggers must be exactly what the migrations make for its
 * version: a file whose audit triggers were dropped, or with a table of someone else's, is not
 * the shop's database whatever its marks say.
 */
function checkSchema(db: Database.Database, version: number): void {
  const actual = schemaOf(db);
  const expected = expectedSchema(version);
  const differs =
    [...expected].find(([name, sql]) => actual.get(name) !== sql)?.[0] ??
    [...actual.keys()].find((name) => !expected.has(name));
  if (differs !== undefined)
    throw new BackupRefused(
      'schema_differs',
      `This backup’s database is not laid out the way ShopDesk makes it (${differs} differs): it was changed outside the app, so it is not restored.`,
    );
}

/** Copies (or decrypts) one evidence file into the temp place and checks it against the manifest. */
async function checkEvidenceFile(
  from: string,
  to: string,
  entry: Manifest['evidence'][number],
  key: Buffer | null,
): Promise<void> {
  const altered = () =>
    new BackupRefused(
      'evidence_altered',
      `The evidence file “${entry.file}” in this backup is damaged or altered (its checksum does not match).`,
    );
  if (key) {
    try {
      await decryptFile(from, to, key, statSync(from).size);
    } catch (error) {
      if (error instanceof DecryptError) throw altered();
      throw error;
    }
  } else copyFileSync(from, to);
  if ((await sha256File(to)) !== entry.sha256) throw altered();
}

/**
 * The backup's evidence folder must hold exactly the files its manifest lists, each with its
 * checksum: whatever kind of evidence (incidents', orders') it is. Answers the checked copies' folder.
 */
async function checkEvidence(
  location: string,
  manifest: Manifest,
  key: Buffer | null,
  tempDir: string,
): Promise<string | null> {
  const folder = join(location, 'evidence');
  const stored = (file: string) => (key ? `${file}.enc` : file);
  const present = existsSync(folder) ? readdirSync(folder) : [];
  const listed = new Set(manifest.evidence.map((e) => stored(e.file)));
  const extra = present.find((name) => !listed.has(name));
  if (extra !== undefined)
    throw new BackupRefused(
      'evidence_extra',
      `This backup holds an evidence file its description does not list (“${extra}”): it was changed after it was made.`,
    );
  const missing = manifest.evidence.find((e) => !present.includes(stored(e.file)));
  if (missing)
    throw new BackupRefused(
      'evidence_missing',
      `This backup is missing the evidence file “${missing.file}” its description lists.`,
    );
  if (manifest.evidence.length === 0) return null;
  const checked = join(tempDir, 'evidence');
  mkdirSync(checked);
  for (const entry of manifest.evidence) {
    await checkEvidenceFile(join(folder, stored(entry.file)), join(checked, entry.file), entry, key);
  }
  return checked;
}

/**
 * Checks a backup: a ShopDesk backup folder, or a bare database file (a copy the owner kept).
 * Every check runs on copies in the temp place, and those copies are what a restore puts in:
 * nothing is read from the backup again after it was checked. Throws BackupRefused otherwise,
 * leaving nothing in the temp place.
 */
export async function inspectBackup(
  location: string,
  options: { passphrase?: string; latestVersion: number; tempRoot: string },
): Promise<Inspected> {
  if (!existsSync(location)) throw new BackupRefused('not_found', 'There is no backup at this place.');
  const tempDir = mkdtempSync(join(options.tempRoot, 'restore-check-'));
  try {
    const isFolder = statSync(location).isDirectory();
    const manifest = isFolder ? readManifest(location) : null;
    if (manifest) checkNames(manifest);
    const stored = manifest ? join(location, manifest.database.file) : location;
    if (!existsSync(stored) || !statSync(stored).isFile())
      throw new BackupRefused('damaged', 'The backup folder has no database file.');
    const databaseFile = join(tempDir, 'shopdesk.sqlite');
    const copy = manifest?.encryption ? `${databaseFile}.enc` : databaseFile;
    copyFileSync(stored, copy);
    const size = statSync(copy).size;
    if (
      manifest &&
      (size !== manifest.database.bytes || (await sha256File(copy)) !== manifest.database.sha256)
    ) {
      throw new BackupRefused(
        'damaged',
        'The backup’s database file is cut short or altered (its size or checksum does not match).',
      );
    }
    let key: Buffer | null = null;
    if (manifest?.encryption) {
      if (!options.passphrase)
        throw new BackupRefused('passphrase_needed', 'This backup is encrypted: enter its passphrase.');
      try {
        key = unlock(options.passphrase, manifest.encryption);
      } catch (error) {
        if (error instanceof DecryptError)
          throw new BackupRefused(
            'damaged',
            'This backup folder’s description (manifest.json) is missing or damaged.',
          );
        throw error;
      }
      if (!key) throw new BackupRefused('wrong_passphrase', 'The passphrase is wrong for this backup.');
      try {
        await decryptFile(copy, databaseFile, key, size);
      } catch (error) {
        if (error instanceof DecryptError)
          throw new BackupRefused(
            'damaged',
            'The encrypted backup is damaged: it does not decrypt completely.',
          );
        throw error;
      }
      rmSync(copy);
    }
    const { version, counts } = checkPlainDatabase(databaseFile, options.latestVersion);
    const evidenceDir = manifest ? await checkEvidence(location, manifest, key, tempDir) : null;
    return {
      databaseFile,
      tempDir,
      createdAt: manifest?.createdAt ?? null,
      schemaVersion: version,
      encrypted: manifest?.encryption != null,
      counts: { ...counts, evidenceFiles: manifest?.evidence.length ?? 0 },
      evidenceDir,
    };
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}
