import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHits } from '../../electron/core/blocklist/match';
import { blocklistFilter, keysOf } from '../../electron/core/import/blocklist-filter';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// The import asks the blocklist's real matcher only where its quick filter says a hit is possible
// (electron/core/import/blocklist-filter.ts). The filter may say yes too often, never too rarely:
// whatever findHits finds, the filter must have let through.

let t: TestCore;
const ENTRIES = [
  { kind: 'phone', value: '+7 916 000-00-07' },
  { kind: 'phone', value: '8 (495) 123-45-67' },
  { kind: 'email', value: 'ivan.petrov+shop@mail.ru' },
  { kind: 'email', value: 'Scam@Example.com' },
  { kind: 'name', value: 'Аркадий Скворцов' },
  { kind: 'name', value: 'Ivan Petrov' },
  { kind: 'address', value: 'г. Москва, ул. Ленина, д. 5' },
  { kind: 'address', value: 'Тверская ул., 7, кв. 12' },
] as const;

beforeAll(async () => {
  t = makeCore();
  await setupOwner(t);
  for (const entry of ENTRIES) {
    await t.ok('blocklist.add', { ...entry, action: 'block', reason: 'test' });
  }
  // A lifted entry is not asked about by either.
  const lifted = await t.ok('blocklist.add', {
    kind: 'phone',
    value: '+79160000099',
    action: 'block',
    reason: 'x',
  });
  await t.ok('blocklist.lift', { id: lifted.id, reason: 'came back and behaved' });
});
afterAll(() => t.close());

// Values close to the entries (another flat, dots and +tags, words swapped, other spelling of a
// phone) and unrelated ones.
const variants = fc.oneof(
  fc.constantFrom(...ENTRIES.map((e) => e.value)),
  fc.constantFrom(
    '+79160000007',
    '89160000007',
    '+7 495 123 45 67',
    'ivanpetrov@mail.ru',
    'ivan.petrov@mail.ru',
    'SCAM@example.com',
    'Скворцов Аркадий',
    'petrov ivan',
    'Москва, улица Ленина, дом 5, квартира 8',
    'Москва ул Ленина д 5 корп 2',
    'Тверская улица 7',
    'Тверская ул., 7, кв. 12, подъезд 3',
    '+79160000099',
  ),
  fc.string({ maxLength: 30 }),
);

describe('the import’s blocklist filter', () => {
  it('lets through everything the blocklist matcher finds', () => {
    const db = t.core.ctx!.db;
    const filter = blocklistFilter(db);
    fc.assert(
      fc.property(
        fc.record({
          phones: fc.array(variants, { maxLength: 2 }),
          emails: fc.array(variants, { maxLength: 2 }),
          names: fc.array(variants, { maxLength: 2 }),
          addresses: fc.array(variants, { maxLength: 2 }),
        }),
        (probe) => {
          const hits = findHits(db, probe, 'RU', t.clock.now);
          if (hits.length > 0) expect(filter.mayHit(keysOf(probe, 'RU'))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says no for details nowhere near the blocklist', () => {
    const filter = blocklistFilter(t.core.ctx!.db);
    const probe = {
      phones: ['+79031234567'],
      emails: ['anna@mail.ru'],
      names: ['Анна Смирнова'],
      addresses: ['Садовая 1'],
    };
    expect(filter.mayHit(keysOf(probe, 'RU'))).toBe(false);
    expect(filter.mayHit(keysOf({ ...probe, phones: ['+79160000099'] }, 'RU'))).toBe(false);
    const sameBuilding = { ...probe, addresses: ['г. Москва, ул. Ленина, д. 5, кв. 1'] };
    expect(findHits(t.core.ctx!.db, sameBuilding, 'RU', t.clock.now)).toHaveLength(1);
    expect(filter.mayHit(keysOf(sameBuilding, 'RU'))).toBe(true);
  });
});
