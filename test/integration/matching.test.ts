import { afterEach, describe, expect, it } from 'vitest';
import { blocklistFilter, keysOf } from '../../electron/core/import/blocklist-filter';
import { makeCore, OWNER, setupOwner, type TestCore } from '../support/core';

// Issue 14, point 6 and the call desk's part of point 9: what the call desk and the customer
// screens match, and how they say it.

let t: TestCore;
afterEach(() => t?.close());

async function start() {
  t = makeCore();
  await setupOwner(t);
}

const block = (kind: 'phone' | 'email' | 'address' | 'name', value: string, reason = 'Never paid') =>
  t.ok('blocklist.add', { kind, value, action: 'block', reason });

const addressHits = async (address: string) =>
  (await t.ok('blocklist.check', { addresses: [address] })).map(
    (h) => `${h.entryValue} ${h.match}:${h.effective}`,
  );

describe('address matching survives real spellings; a loose match is only a caution', () => {
  it('matches a building written without markers, as house-flat, or with another flat', async () => {
    await start();
    await block('address', 'ул. Покровка, д. 17');
    await block('address', 'ул. Баумана, д. 12, кв. 5');
    await block('address', 'г. Москва, ул. Ленина, д. 5');

    expect(await addressHits('Покровка 17')).toEqual(['ул. Покровка, д. 17 loose:caution']);
    expect(await addressHits('Баумана, 12-5')).toEqual(['ул. Баумана, д. 12, кв. 5 loose:caution']);
    expect(await addressHits('ул. Баумана, д. 12, кв. 7')).toEqual([
      'ул. Баумана, д. 12, кв. 5 loose:caution',
    ]);
    // The city written without "г." and a flat added.
    expect(await addressHits('Москва, улица Ленина, дом 5, квартира 8')).toEqual([
      'г. Москва, ул. Ленина, д. 5 loose:caution',
    ]);
    // The same address however it is abbreviated is still exact, and blocks.
    expect(await addressHits('улица Баумана дом 12 квартира 5')).toEqual([
      'ул. Баумана, д. 12, кв. 5 exact:block',
    ]);
    // Other buildings stay apart.
    expect(await addressHits('ул. Баумана, д. 14, кв. 5')).toEqual([]);
    expect(await addressHits('Баумана 125')).toEqual([]);
    expect(await addressHits('ул. Покровка, д. 1')).toEqual([]);
    expect(await addressHits('ул. Мясницкая, д. 17')).toEqual([]);
  });

  it('gives a new customer at such an address a caution, not a block', async () => {
    await start();
    await block('address', 'ул. Баумана, д. 12, кв. 5', 'Returned every parcel');
    const created = await t.ok('customers.create', {
      name: 'Nina',
      phones: [{ raw: '+7 903 555-00-11' }],
      addresses: ['Баумана 12-7'],
    });
    expect(created.hits).toMatchObject([
      {
        kind: 'address',
        match: 'loose',
        action: 'block',
        effective: 'caution',
        reason: 'Returned every parcel',
      },
    ]);
    expect((await t.ok('customers.card', { id: created.id })).verdict).toBe('caution');
  });

  it('the import’s quick filter lets these loose matches through to the matcher', async () => {
    await start();
    await block('address', 'ул. Покровка, д. 17');
    await block('address', 'ул. Баумана, д. 12, кв. 5');
    const filter = blocklistFilter(t.core.ctx!.db);
    for (const address of ['Покровка 17', 'Баумана, 12-5', 'ул. Баумана, д. 12, кв. 7']) {
      const probe = { phones: [], emails: [], names: [], addresses: [address] };
      expect(filter.mayHit(keysOf(probe, 'RU')), address).toBe(true);
    }
  });
});

describe('the call desk warns about a blocked name or e-mail nobody has', () => {
  it('shows the entries with who, when and why', async () => {
    await start();
    await block('name', 'Аркадий Семёнов', 'COD scam at the cafe');
    await block('email', 'scam@example.com', 'Fake reviews');

    const byName = await t.ok('customers.search', { query: 'Семенов Аркадий' });
    expect(byName.results).toEqual([]);
    expect(byName.unknown).toMatchObject({
      kind: 'name',
      value: 'Семенов Аркадий',
      verdict: 'caution', // the words in another order: a loose match
      hits: [{ kind: 'name', match: 'loose', reason: 'COD scam at the cafe', createdBy: OWNER.ownerName }],
    });
    const exactName = await t.ok('customers.search', { query: 'аркадий семенов' });
    expect(exactName.unknown).toMatchObject({ kind: 'name', verdict: 'blocked' });

    const byEmail = await t.ok('customers.search', { query: 'Scam@Example.com' });
    expect(byEmail.unknown).toMatchObject({
      kind: 'email',
      verdict: 'blocked',
      hits: [{ kind: 'email', match: 'exact', reason: 'Fake reviews', createdBy: OWNER.ownerName }],
    });
    expect(byEmail.unknown!.hits[0]!.createdAt).toBe(t.clock.now);

    // Nothing on the blocklist, or only the start typed: no warning card, just the search.
    expect((await t.ok('customers.search', { query: 'Аркадий' })).unknown).toBeNull();
    expect((await t.ok('customers.search', { query: 'other@example.com' })).unknown).toBeNull();
  });

  it('leaves the warning to the card when a customer has that e-mail or name', async () => {
    await start();
    await block('email', 'scam@example.com');
    await block('name', 'Аркадий Семёнов');
    await t.ok('customers.create', { name: 'Аркадий Семёнов', emails: ['scam@example.com'] });
    for (const query of ['scam@example.com', 'Аркадий Семёнов']) {
      const search = await t.ok('customers.search', { query });
      expect(search.unknown, query).toBeNull();
      expect(search.results, query).toMatchObject([{ verdict: 'blocked' }]);
    }
  });
});

describe('the customers list reads a number as the call desk does', () => {
  it('finds +79161234567 typed as 8 916 123-45-67', async () => {
    await start();
    await t.ok('customers.create', { name: 'Maria', phones: [{ raw: '+7 916 123-45-67' }] });
    await t.ok('customers.create', { name: 'Ivan', phones: [{ raw: '+7 925 000-11-22' }] });
    for (const search of ['8 916 123-45-67', '89161234567', '+7 (916) 123 45 67', '123-45-67']) {
      const list = await t.ok('customers.list', { search });
      expect(
        list.rows.map((r) => r.name),
        search,
      ).toEqual(['Maria']);
    }
  });
});

describe('an archived (merged) record says so', () => {
  it('names the customer it was merged into; the survivor is not archived', async () => {
    await start();
    const kept = await t.ok('customers.create', {
      name: 'Elena Petrova',
      phones: [{ raw: '+7 916 000-00-01' }],
    });
    const other = await t.ok('customers.create', { name: 'Lena P.', phones: [{ raw: '+7 916 000-00-02' }] });
    await t.ok('customers.merge', { targetId: kept.id, sourceId: other.id });

    const archived = await t.ok('customers.card', { id: other.id });
    expect(archived.archived).toEqual({
      at: t.clock.now,
      mergedInto: { id: kept.id, name: 'Elena Petrova' },
    });
    expect((await t.ok('customers.card', { id: kept.id })).archived).toBeNull();

    // At the call desk the merged record answers as the customer it became.
    const search = await t.ok('customers.search', { query: 'Lena' });
    expect(search.results.map((r) => r.id)).toEqual([kept.id]);
  });
});

describe('the last-digits list', () => {
  it('puts the blocked first, then prepayment and caution, and shows the number that matched', async () => {
    await start();
    const regular = await t.ok('customers.create', {
      name: 'Anna Regular',
      phones: [{ raw: '+7 903 000-00-01' }, { raw: '+7 916 111-45-67' }],
    });
    const caution = await t.ok('customers.create', {
      name: 'Boris Caution',
      phones: [{ raw: '+7 926 333-45-67' }],
      caution: true,
    });
    const blocked = await t.ok('customers.create', {
      name: 'Viktor Blocked',
      phones: [{ raw: '+7 925 222-45-67' }],
    });
    await block('phone', '+7 925 222-45-67');

    const search = await t.ok('customers.search', { query: '4567' });
    expect(search.results.map((r) => [r.id, r.verdict, r.phone])).toEqual([
      [blocked.id, 'blocked', '+79252224567'],
      [caution.id, 'caution', '+79263334567'],
      [regular.id, 'regular', '+79161114567'],
    ]);
  });
});
