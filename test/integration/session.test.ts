import { afterEach, describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS } from '../../electron/core/staff/pin';
import { makeCore, OWNER, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

describe('first-run setup and sign-in', () => {
  it('starts at setup, creates the owner with a scrypt hash, and signs them in', async () => {
    t = makeCore();
    expect(await t.ok('session.current', {})).toEqual({ needsSetup: true, user: null });
    const state = await setupOwner(t);
    expect(state.needsSetup).toBe(false);
    expect(state.user).toMatchObject({ name: OWNER.ownerName, role: 'owner', language: 'en' });
    const row = t.core.ctx!.db.prepare('select pin_hash from staff').get() as { pin_hash: string };
    expect(row.pin_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row.pin_hash).not.toContain(OWNER.pin);
    const settings = await t.ok('settings.get', {});
    expect(settings).toMatchObject({ shopName: 'Test shop', currency: 'RUB', country: 'RU' });
  });

  it('refuses a second setup', async () => {
    t = makeCore();
    await setupOwner(t);
    expect(
      await t.call('session.setupOwner', {
        ...OWNER,
        shopName: 'X',
        language: 'en',
        country: 'RU',
        currency: 'RUB',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reports a bad PIN at setup beside the field', async () => {
    t = makeCore();
    const result = await t.call('session.setupOwner', {
      ownerName: 'A',
      pin: '12',
      shopName: 'S',
      language: 'en',
      country: 'RU',
      currency: 'RUB',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'pin' }] } });
    expect(await t.ok('session.current', {})).toMatchObject({ needsSetup: true });
  });

  it('signs in with the right PIN and refuses a wrong one beside the PIN field', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    await t.ok('session.signOut', {});
    const wrong = await t.call('session.signIn', { staffId: user!.id, pin: '0000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'pin' }] } });
    expect((await t.ok('session.current', {})).user).toBeNull();
    const right = await t.ok('session.signIn', { staffId: user!.id, pin: OWNER.pin });
    expect(right.user?.role).toBe('owner');
  });

  it('throttles wrong PINs: locks after the free attempts, even for the right PIN, until the lock ends', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    await t.ok('session.signOut', {});
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      await t.call('session.signIn', { staffId: user!.id, pin: '9999' });
    }
    const locked = await t.call('session.signIn', { staffId: user!.id, pin: OWNER.pin });
    expect(locked).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!locked.ok) expect(locked.error.message).toMatch(/Try again in 30 s/);
    t.clock.now += 31_000;
    expect((await t.ok('session.signIn', { staffId: user!.id, pin: OWNER.pin })).user?.id).toBe(user!.id);
    const row = t.core.ctx!.db.prepare('select failed_attempts from staff where id = ?').get(user!.id);
    expect(row).toEqual({ failed_attempts: 0 });
  });

  it('counts wrong PINs sent all at once: no more are checked than the lock allows, and they are in the audit log', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    await t.ok('session.signOut', {});
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call('session.signIn', { staffId: user!.id, pin: String(1000 + i) }),
      ),
    );
    const checked = attempts.filter((a) => !a.ok && a.error.code === 'VALIDATION');
    expect(checked).toHaveLength(FREE_ATTEMPTS);
    expect(attempts.filter((a) => !a.ok && a.error.code === 'FORBIDDEN')).toHaveLength(20 - FREE_ATTEMPTS);
    // The right PIN does not get in under the lock, nor reset the count.
    expect(await t.call('session.signIn', { staffId: user!.id, pin: OWNER.pin })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const actions = t.core
      .ctx!.db.prepare(
        "select action from audit_log where entity = 'staff' and entity_id = ? and staff_id is null",
      )
      .all(user!.id)
      .map((row) => (row as { action: string }).action);
    expect(actions.filter((a) => a === 'sign_in_failed')).toHaveLength(FREE_ATTEMPTS - 1);
    expect(actions.filter((a) => a === 'locked_out')).toHaveLength(1);
    expect(actions.filter((a) => a === 'sign_in_refused')).toHaveLength(20 - FREE_ATTEMPTS + 1);
  });

  it('lets an operator without a PIN sign in, and the owner set one later', async () => {
    t = makeCore();
    await setupOwner(t);
    const operator = await t.ok('staff.createOperator', { name: 'Nadia' });
    expect(operator.hasPin).toBe(false);
    const withPin = await t.ok('staff.setPin', { id: operator.id, pin: '5555' });
    expect(withPin.hasPin).toBe(true);
    await t.ok('session.signOut', {});
    expect(await t.call('session.signIn', { staffId: operator.id })).toMatchObject({ ok: false });
    expect((await t.ok('session.signIn', { staffId: operator.id, pin: '5555' })).user?.role).toBe('operator');
  });

  it('keeps the owner active and with a PIN', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    expect(await t.call('staff.update', { id: user!.id, active: false })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect(await t.call('staff.setPin', { id: user!.id, pin: null })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });

  it('switches the language per person', async () => {
    t = makeCore();
    await setupOwner(t);
    expect((await t.ok('session.setLanguage', { language: 'ru' })).user?.language).toBe('ru');
  });
});
