import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract';
import { createCore, type Core, type CoreOptions } from '../../electron/core/app';
import { dispatch } from '../../electron/core/dispatch';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';

/** A real core on a real SQLite file in a fresh temp folder. */
export function makeTempDir(prefix = 'shopdesk-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  dir: string;
  clock: { now: number };
  call: <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  /** Calls and returns data, failing the test with the error message otherwise. */
  ok: <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  close: () => void;
}

export function makeCore(options: Partial<CoreOptions> & { dir?: string } = {}): TestCore {
  const temp = options.dir ? { dir: options.dir, cleanup: () => {} } : makeTempDir();
  const clock = { now: Date.UTC(2026, 10, 23, 9, 0, 0) };
  const core = createCore({
    dataDir: temp.dir,
    version: 'test',
    backupKeys: plainFileKeyStore(temp.dir),
    checkOutputs: true,
    now: () => clock.now,
    log: process.env.SHOPDESK_TEST_LOG ? console.error : () => {},
    ...options,
  });
  const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) =>
    dispatch(core, channel, input) as Promise<Result<ChannelOutput<C>>>;
  const ok = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  return {
    core,
    dir: temp.dir,
    clock,
    call,
    ok,
    close: () => {
      core.close();
      temp.cleanup();
    },
  };
}

export const OWNER = { ownerName: 'Olga Owner', pin: '2468' } as const;

/** First-run setup: leaves the owner signed in. */
export async function setupOwner(t: TestCore) {
  return t.ok('session.setupOwner', {
    ...OWNER,
    shopName: 'Test shop',
    language: 'en',
    country: 'RU',
    currency: 'RUB',
  });
}

/** Adds an operator without a PIN and signs in as them. */
export async function signInAsOperator(t: TestCore) {
  const operator = await t.ok('staff.createOperator', { name: 'Oleg Operator' });
  await t.ok('session.signOut', {});
  await t.ok('session.signIn', { staffId: operator.id });
  return operator;
}
