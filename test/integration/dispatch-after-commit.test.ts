import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 18.9: an error after a change was saved must not tell the user to try again, or a second
// attempt does the same thing twice (a second cost line, a second handover).

let t: TestCore;
afterEach(() => t.close());

describe('an unexpected failure', () => {
  it('says "try again" only when nothing was written, and "check the result" after a saved change', async () => {
    t = makeCore();
    await setupOwner(t);
    const handlers = t.core.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
    const real = handlers['customers.create']!;
    // A handler that fails before any write, then one that fails after its write was committed.
    handlers['customers.create'] = () => {
      throw new Error('broke before writing');
    };
    const before = await t.call('customers.create', { name: 'Vera', phones: [{ raw: '+79160000011' }] });
    expect(before).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!before.ok) expect(before.error.message).toMatch(/try again/);

    handlers['customers.create'] = async (...args: unknown[]) => {
      await real(...args);
      throw new Error('broke after the commit');
    };
    const after = await t.call('customers.create', { name: 'Vera', phones: [{ raw: '+79160000011' }] });
    expect(after).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!after.ok) {
      expect(after.error.message).not.toMatch(/try again/i);
      expect(after.error.message).toMatch(/after the change was saved/);
    }
  });
});
