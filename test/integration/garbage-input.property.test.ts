import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, CHANNEL_NAMES } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// DESIGN §7: for every channel, arbitrary garbage yields VALIDATION and leaves the database
// byte-for-byte unchanged. "Garbage" is any value the channel's schema rejects; the owner is
// signed in, so no role check stands in the way.

let t: TestCore;
function fingerprint(): string {
  const path = t.core.status.databasePath;
  const hash = createHash('sha256');
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

beforeAll(async () => {
  t = makeCore();
  await setupOwner(t);
  await t.ok('staff.createOperator', { name: 'Existing operator' });
});
afterAll(() => t.close());

const garbage = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.string(), fc.anything()),
  fc.record({
    id: fc.oneof(fc.double(), fc.string(), fc.constant(-1)),
    pin: fc.anything(),
    name: fc.anything(),
  }),
  fc.record({ language: fc.string(), staffId: fc.anything(), seed: fc.anything() }),
);

describe('garbage input', () => {
  for (const name of CHANNEL_NAMES) {
    it(`${name}: answers VALIDATION and changes nothing`, async () => {
      const schema = contract[name].input;
      const before = fingerprint();
      const session = { ...t.core.ctx!.session };
      await fc.assert(
        fc.asyncProperty(
          garbage.filter((value) => !schema.safeParse(value).success),
          async (input) => {
            const result = await dispatch(t.core, name, input);
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('VALIDATION');
              expect(result.error.issues?.length ?? 0).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 200 },
      );
      expect(fingerprint()).toBe(before);
      expect(t.core.ctx!.session).toEqual(session);
    });
  }
});
