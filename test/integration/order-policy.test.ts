import { afterEach, describe, expect, it } from 'vitest';
import { findHits } from '../../electron/core/blocklist/match';
import { enforceOrderPolicy } from '../../electron/core/risk/order-policy';
import { blocklistSignals } from '../../electron/core/risk/rules';
import { AppError } from '../../electron/core/errors';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

function attempt(paymentMethod: 'cash_on_delivery' | 'card_online', overrideReason?: string) {
  const ctx = t.core.ctx!;
  const hits = findHits(
    ctx.db,
    { phones: ['+7 916 123 45 67'], emails: [], addresses: [], names: [] },
    'RU',
    ctx.now(),
  );
  try {
    enforceOrderPolicy(ctx, {
      signals: blocklistSignals(hits),
      paymentMethod,
      overrideReason,
      orderRef: { entity: 'order', entityId: null, number: 'SD-1' },
    });
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('the blocklist at order entry', () => {
  it('refuses a blocked customer unless the owner overrides with a reason, which is audited', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    await t.ok('blocklist.add', { kind: 'phone', value: '89161234567', action: 'block', reason: 'COD scam' });
    expect(attempt('card_online')).toBe('BLOCKED_BY_POLICY');
    expect(attempt('card_online', '   ')).toBe('BLOCKED_BY_POLICY');
    await signInAsOperator(t);
    expect(attempt('card_online', 'I know him')).toBe('FORBIDDEN');
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: user!.id, pin: OWNER.pin });
    expect(attempt('card_online', 'Paid in advance at the shop')).toBe('allowed');
    const audit = t.core
      .ctx!.db.prepare("select action, note from audit_log where action = 'override_blocklist'")
      .all();
    expect(audit).toEqual([{ action: 'override_blocklist', note: 'Paid in advance at the shop' }]);
  });

  it('lets a prepayment-only customer order with prepayment, not cash on delivery', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: '89161234567',
      action: 'prepayment',
      reason: '2 refusals',
    });
    expect(attempt('cash_on_delivery')).toBe('BLOCKED_BY_POLICY');
    expect(attempt('card_online')).toBe('allowed');
  });

  it('lets a caution through', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('blocklist.add', { kind: 'phone', value: '89161234567', action: 'caution', reason: 'Rude' });
    expect(attempt('cash_on_delivery')).toBe('allowed');
  });
});
