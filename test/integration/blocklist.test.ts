import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

const ARKADY = '+7 916 123-45-67';

async function start() {
  t = makeCore();
  const { user } = await setupOwner(t);
  return user!;
}

async function asOwner(ownerId: number) {
  await t.ok('session.signOut', {});
  await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
}

describe('blocklist', () => {
  it('matches a blocked number typed in any format at the call desk, with its reason and author', async () => {
    await start();
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: ARKADY,
      action: 'block',
      reason: 'COD scam at the cafe',
    });
    for (const typed of ['8 916 123-45-67', '+7 (916) 123 45 67', '79161234567']) {
      const search = await t.ok('customers.search', { query: typed });
      expect(search.unknown, typed).toMatchObject({
        kind: 'phone',
        value: '+79161234567',
        verdict: 'blocked',
        hits: [{ kind: 'phone', match: 'exact', reason: 'COD scam at the cafe', createdBy: OWNER.ownerName }],
      });
    }
  });

  it('runs on customer create and edit, and shows on the card', async () => {
    await start();
    await t.ok('blocklist.add', {
      kind: 'address',
      value: 'ул. Ленина, д. 5, кв. 12',
      action: 'prepayment',
      reason: 'Kept a third of each order',
    });
    const created = await t.ok('customers.create', {
      name: 'Vera',
      phones: [{ raw: '8 903 000-11-22' }],
      addresses: ['улица Ленина дом 5 квартира 12'],
    });
    expect(created.hits).toMatchObject([{ kind: 'address', match: 'exact', effective: 'prepayment' }]);
    const card = await t.ok('customers.card', { id: created.id });
    expect(card.verdict).toBe('prepayment');

    await t.ok('blocklist.add', {
      kind: 'email',
      value: 'vera.k@gmail.com',
      action: 'block',
      reason: 'Fake review',
    });
    const updated = await t.ok('customers.update', { id: created.id, emails: ['VERA.K@gmail.com'] });
    expect(updated.hits.map((h) => `${h.kind}:${h.effective}`).sort()).toEqual([
      'address:prepayment',
      'email:block',
    ]);
  });

  it('turns a loose match into a caution, never a block', async () => {
    await start();
    await t.ok('blocklist.add', {
      kind: 'email',
      value: 'arkady@gmail.com',
      action: 'block',
      reason: 'Scam',
    });
    await t.ok('blocklist.add', { kind: 'name', value: 'Аркадий Семёнов', action: 'block', reason: 'Scam' });
    const hits = await t.ok('blocklist.check', {
      emails: ['ar.kady+shop@gmail.com'],
      names: ['Семенов Аркадий'],
    });
    expect(hits.map((h) => `${h.kind}:${h.match}:${h.action}->${h.effective}`).sort()).toEqual([
      'email:loose:block->caution',
      'name:loose:block->caution',
    ]);
  });

  it('refuses an empty reason and lets only the owner lift, keeping the history', async () => {
    const owner = await start();
    expect(
      await t.call('blocklist.add', { kind: 'phone', value: ARKADY, action: 'block', reason: '  ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason' }] },
    });
    await signInAsOperator(t);
    const entry = await t.ok('blocklist.add', {
      kind: 'phone',
      value: ARKADY,
      action: 'block',
      reason: 'Endless complaints',
    });
    expect(entry.createdBy).toBe('Oleg Operator');
    expect(await t.call('blocklist.lift', { id: entry.id, reason: 'Behaves now' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await asOwner(owner.id);
    expect(await t.call('blocklist.lift', { id: entry.id, reason: '' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    const lifted = await t.ok('blocklist.lift', {
      id: entry.id,
      reason: 'Came back a month later and behaves',
    });
    expect(lifted).toMatchObject({ state: 'lifted', liftedBy: OWNER.ownerName, createdBy: 'Oleg Operator' });
    expect((await t.ok('customers.search', { query: ARKADY })).unknown?.verdict).toBe('new');
    const all = await t.ok('blocklist.list', { state: 'all' });
    expect(all.map((e) => e.id)).toContain(entry.id);
    const audit = t.core
      .ctx!.db.prepare(
        "select action from audit_log where entity = 'blocklist' and entity_id = ? order by id",
      )
      .all(entry.id);
    expect(audit).toEqual([{ action: 'add' }, { action: 'lift' }]);
    // The database itself refuses to forget.
    expect(() => t.core.ctx!.db.prepare('delete from blocklist_entries').run()).toThrow(/never deleted/);
    expect(() => t.core.ctx!.db.prepare('update blocklist_entries set lifted_at = null').run()).toThrow(
      /history/,
    );
  });

  it('lets the owner grant an exception for one customer; the hit shows but does not count', async () => {
    await start();
    const entry = await t.ok('blocklist.add', {
      kind: 'name',
      value: 'Иван Петров',
      action: 'block',
      reason: 'Threats',
    });
    const namesake = await t.ok('customers.create', {
      name: 'Иван Петров',
      phones: [{ raw: '+7 915 555-00-00' }],
    });
    expect((await t.ok('customers.card', { id: namesake.id })).verdict).toBe('blocked');
    await t.ok('blocklist.grantException', {
      entryId: entry.id,
      customerId: namesake.id,
      reason: 'Another Ivan, regular',
    });
    const card = await t.ok('customers.card', { id: namesake.id });
    expect(card.verdict).toBe('regular');
    expect(card.hits[0]?.exception).toMatchObject({ reason: 'Another Ivan, regular' });
    const other = await t.ok('customers.create', { name: 'иван петров' });
    expect((await t.ok('customers.card', { id: other.id })).verdict).toBe('blocked');
    const revoked = await t.ok('blocklist.revokeException', { exceptionId: card.hits[0]!.exception ? 1 : 0 });
    expect(revoked.exceptions[0]?.revokedBy).toBe(OWNER.ownerName);
    expect((await t.ok('customers.card', { id: namesake.id })).verdict).toBe('blocked');
  });

  it('stops counting an entry after its last day in the shop’s calendar', async () => {
    await start();
    // Clock: 2026-11-23 12:00 Moscow.
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: ARKADY,
      action: 'prepayment',
      reason: 'Two refusals',
      expiresOn: '2026-11-30',
    });
    expect(
      await t.call('blocklist.add', {
        kind: 'phone',
        value: ARKADY,
        action: 'block',
        reason: 'x',
        expiresOn: '2026-11-01',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'expiresOn' }] } });
    t.clock.now = Date.UTC(2026, 10, 30, 20, 59); // 23:59 on the 30th in Moscow
    expect((await t.ok('blocklist.check', { phones: [ARKADY] })).length).toBe(1);
    t.clock.now = Date.UTC(2026, 10, 30, 21, 0); // midnight: the 1st of December
    expect(await t.ok('blocklist.check', { phones: [ARKADY] })).toEqual([]);
    expect((await t.ok('blocklist.list', { state: 'expired' })).length).toBe(1);
  });
});
