import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/app';
import { makeCore, makeTempDir, setupOwner, signInAsOperator } from '../support/core';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('startup with a bad database file', () => {
  it('answers app.status with the problem, refuses everything else, and leaves the file alone', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, DATABASE_FILE);
    writeFileSync(path, 'this is somebody else’s file');
    const before = readFileSync(path);
    const t = makeCore({ dir: temp.dir });
    cleanups.push(() => t.core.close());

    const status = await t.ok('app.status', {});
    expect(status.problem?.kind).toBe('not_shopdesk');
    expect(status.databasePath).toBe(path);
    const refused = await t.call('session.current', {});
    expect(refused.ok).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a healthy database with no problem', async () => {
    const t = makeCore();
    cleanups.push(t.close);
    expect((await t.ok('app.status', {})).problem).toBeNull();
  });

  it('names the data folder only to the signed-in owner (nobody learns the folders before sign-in)', async () => {
    const t = makeCore();
    cleanups.push(t.close);
    expect(await t.ok('app.status', {})).toMatchObject({ dataDir: null, databasePath: null });
    await setupOwner(t);
    expect((await t.ok('app.status', {})).databasePath).toBe(t.core.status.databasePath);
    await signInAsOperator(t);
    expect(await t.ok('app.status', {})).toMatchObject({ dataDir: null, databasePath: null });
  });
});
