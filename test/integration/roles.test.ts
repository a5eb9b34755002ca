import { afterEach, describe, expect, it } from 'vitest';
import { contract, CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

const ownerOnly = CHANNEL_NAMES.filter((name) => contract[name].role === 'owner');
const signedInOnly = CHANNEL_NAMES.filter((name) => contract[name].role !== 'public');

describe('roles are enforced in core for every channel', () => {
  it('has owner-only channels to check', () => {
    expect(ownerOnly).toEqual(
      expect.arrayContaining(['staff.createOperator', 'settings.update', 'demo.load']),
    );
  });

  it('refuses every owner-only channel to an operator with FORBIDDEN, changing nothing', async () => {
    t = makeCore();
    await setupOwner(t);
    await signInAsOperator(t);
    const auditBefore = t.core.ctx!.db.prepare('select count(*) as n from audit_log').get();
    for (const name of ownerOnly) {
      const result = await dispatch(t.core, name as ChannelName, {});
      expect(result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(t.core.ctx!.db.prepare('select count(*) as n from audit_log').get()).toEqual(auditBefore);
  });

  it('lets the operator use operator channels', async () => {
    t = makeCore();
    await setupOwner(t);
    await signInAsOperator(t);
    expect((await t.ok('settings.get', {})).shopName).toBe('Test shop');
  });

  it('refuses every non-public channel to nobody signed in', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('session.signOut', {});
    for (const name of signedInOnly) {
      const result = await dispatch(t.core, name, {});
      expect(result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a deactivated person at once, even mid-session', async () => {
    t = makeCore();
    await setupOwner(t);
    const operator = await t.ok('staff.createOperator', { name: 'Temp' });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: operator.id });
    t.core.ctx!.db.prepare('update staff set active = 0 where id = ?').run(operator.id);
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers an unknown channel with NOT_FOUND', async () => {
    t = makeCore();
    expect(await dispatch(t.core, 'orders.deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
