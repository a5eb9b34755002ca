import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

// The packaged app runs backups, restore checks, exports and reports in the worker electron-vite
// bundles as out/main/backup-worker.js; the other specs run core from source (tsx). This proves the
// bundle itself loads and works (a bundling slip, such as two `require` declarations, breaks only
// the packaged app).

const BUNDLE = resolve(import.meta.dirname, '../../out/main/backup-worker.js');

function run(
  task: unknown,
): Promise<{ result?: { path: string }; error?: { kind: string | null; message: string } }> {
  const worker = new Worker(BUNDLE);
  return new Promise((done, fail) => {
    worker.on('message', (message: { progress?: unknown }) => {
      if (message.progress) return;
      void worker.terminate();
      done(message as never);
    });
    worker.on('error', fail);
    worker.postMessage({ id: 1, task });
  });
}

test('the bundled file worker backs up a database and refuses a missing backup', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shopdesk-bundle-'));
  try {
    const db = new Database(join(dir, 'shopdesk.sqlite'));
    db.pragma('application_id = 0x5348444b');
    db.exec('create table customers (id integer primary key); create table orders (id integer primary key);');
    db.exec('create table incidents (id integer primary key); insert into customers default values;');
    db.close();
    const backup = await run({
      kind: 'backup',
      task: {
        databasePath: join(dir, 'shopdesk.sqlite'),
        dataDir: dir,
        backupDir: join(dir, 'backups'),
        reason: 'manual',
        appVersion: 'bundle-check',
        at: Date.UTC(2026, 10, 23),
      },
    });
    expect(backup.error).toBeUndefined();
    expect(readdirSync(backup.result!.path).sort()).toEqual(['manifest.json', 'shopdesk.sqlite']);
    const missing = await run({
      kind: 'inspect',
      location: join(dir, 'nothing'),
      latestVersion: 3,
      tempRoot: dir,
      keep: false,
    });
    expect(missing.error).toMatchObject({ kind: 'not_found' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
