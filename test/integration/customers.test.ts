import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

function addOrder(
  customerId: number,
  number: string,
  status: string,
  items: [number, number, number | null][],
) {
  const db = t.core.ctx!.db;
  const itemsTotal = items.reduce((sum, [qty, price]) => sum + qty * price, 0);
  const orderId = Number(
    db
      .prepare(
        `insert into orders (number, customer_id, created_at, updated_at, ordered_on, items_total, total, payment_method, delivery_method, status)
         values (?, ?, 0, 0, '2026-10-01', ?, ?, 'cash_on_delivery', 'own_courier', ?)`,
      )
      .run(number, customerId, itemsTotal, itemsTotal, status).lastInsertRowid,
  );
  for (const [qty, price, kept] of items) {
    db.prepare(
      'insert into order_items (order_id, title, quantity, unit_price, kept_quantity) values (?, ?, ?, ?, ?)',
    ).run(orderId, 'Item', qty, price, kept);
  }
  return orderId;
}

describe('customers', () => {
  it('finds a caller by whole phone in any format, last digits, name, e-mail and order number', async () => {
    t = makeCore();
    await setupOwner(t);
    const { id } = await t.ok('customers.create', {
      name: 'Мария Кузнецова',
      phones: [{ raw: '8 (916) 123-45-67' }],
      emails: ['Maria.K@mail.ru'],
    });
    addOrder(id, 'SD-000777', 'delivered', [[1, 100_000, null]]);
    const queries = [
      '+7 916 123 45 67',
      '79161234567',
      '4567',
      '123-45-67',
      'кузн',
      'мария',
      'maria.k@',
      'SD-000777',
    ];
    for (const query of queries) {
      const search = await t.ok('customers.search', { query });
      expect(
        search.results.map((r) => r.id),
        query,
      ).toEqual([id]);
    }
    expect((await t.ok('customers.search', { query: '+7 916 123 45 67' })).unknown).toBeNull();
    expect((await t.ok('customers.search', { query: '9999' })).results).toEqual([]);
  });

  it('keeps a phone it cannot parse as typed, marked, and still finds it', async () => {
    t = makeCore();
    await setupOwner(t);
    const { id } = await t.ok('customers.create', {
      name: 'Old landline',
      phones: [{ raw: 'дом. 12-34-5', kind: 'landline' }],
    });
    const card = await t.ok('customers.card', { id });
    expect(card.customer.phones).toEqual([
      expect.objectContaining({ raw: 'дом. 12-34-5', e164: null, kind: 'landline' }),
    ]);
    expect((await t.ok('customers.search', { query: '2345' })).results.map((r) => r.id)).toEqual([id]);
  });

  it('shows buyout rate, refusals and the prepayment verdict for the partial buyer (SCENARIOS 6)', async () => {
    t = makeCore();
    await setupOwner(t);
    const { id } = await t.ok('customers.create', {
      name: 'Far away',
      phones: [{ raw: '+7 912 000 00 01' }],
    });
    addOrder(id, '1', 'partly_bought_out', [
      [2, 50_000, 1],
      [1, 100_000, 0],
    ]); // kept 50,000 of 200,000
    addOrder(id, '2', 'partly_bought_out', [[4, 25_000, 1]]); // kept 25,000 of 100,000
    addOrder(id, '3', 'delivered', [[1, 100_000, null]]); // kept all 100,000
    const card = await t.ok('customers.card', { id });
    // (50,000 + 25,000 + 100,000) / 400,000 = 43.75% → 43
    expect(card.stats).toMatchObject({ orders: 3, delivered: 3, partlyBoughtOut: 2, buyoutRatePercent: 43 });
    expect(card.verdict).toBe('prepayment');
    expect(card.signals.find((s) => s.rule === 'low_buyout')?.facts).toMatchObject({
      buyoutRatePercent: 43,
      settledOrders: 3,
    });
  });

  it('says whether calling now is allowed in the customer’s own time', async () => {
    t = makeCore();
    await setupOwner(t);
    t.clock.now = Date.UTC(2026, 10, 23, 18, 30); // 21:30 in Moscow
    const { id } = await t.ok('customers.create', { name: 'Early bird', callFrom: '09:00', callTo: '21:00' });
    const card = await t.ok('customers.card', { id });
    expect(card.callNow).toEqual({
      allowed: false,
      reason: 'outside_hours',
      localTime: '21:30',
      timeZone: 'Europe/Moscow',
    });
    expect(card.signals.map((s) => s.rule)).toContain('outside_call_hours');
    await t.ok('customers.update', { id, timeZone: 'Europe/Kaliningrad' }); // 20:30 there
    expect((await t.ok('customers.card', { id })).callNow.allowed).toBe(true);
  });

  it('points out duplicates and merges them keeping every piece of history (owner only, audited)', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    const a = await t.ok('customers.create', {
      name: 'Anna',
      phones: [{ raw: '+7 916 111 22 33' }],
      vip: true,
    });
    const b = await t.ok('customers.create', {
      name: 'Anna K.',
      phones: [{ raw: '8 916 111-22-33' }],
      caution: true,
    });
    addOrder(b.id, 'B-1', 'delivered', [[1, 10_000, null]]);
    await t.ok('customers.addNote', { customerId: b.id, text: 'Prefers evenings' });
    await t.ok('blocklist.add', {
      kind: 'name',
      value: 'Anna K.',
      action: 'caution',
      reason: 'Rude',
      customerId: b.id,
    });
    expect((await t.ok('customers.card', { id: a.id })).duplicates).toEqual([
      { id: b.id, name: 'Anna K.', matchedOn: 'phone', value: '+79161112233' },
    ]);

    await signInAsOperator(t);
    expect(await t.call('customers.merge', { targetId: a.id, sourceId: b.id })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: user!.id, pin: '2468' });
    await t.ok('customers.merge', { targetId: a.id, sourceId: b.id });

    const merged = await t.ok('customers.card', { id: a.id });
    expect(merged.customer).toMatchObject({ vip: true, caution: true });
    expect(merged.customer.phones).toHaveLength(2);
    expect(merged.lastOrders.map((o) => o.number)).toEqual(['B-1']);
    expect(merged.notes.map((n) => n.text)).toEqual(['Prefers evenings']);
    expect(merged.duplicates).toEqual([]);
    const source = await t.ok('customers.card', { id: b.id });
    expect(source.customer.mergedIntoId).toBe(a.id);
    // Searching the old customer's number answers with the one it was merged into.
    expect((await t.ok('customers.search', { query: '89161112233' })).results.map((r) => r.id)).toEqual([
      a.id,
    ]);
    const changes = await t.ok('customers.history', { id: a.id, tab: 'changes' });
    expect(changes.rows[0]).toMatchObject({ title: 'merge', detail: 'Olga Owner' });
  });

  it('lists, filters and sorts by money', async () => {
    t = makeCore();
    await setupOwner(t);
    const rich = await t.ok('customers.create', { name: 'Boris', vip: true });
    const poor = await t.ok('customers.create', { name: 'Alla', addresses: ['ул. Мира, д. 7'] });
    t.core.ctx!.db.prepare('update orders set amount_received = 0').run();
    const orderId = addOrder(rich.id, 'R-1', 'delivered', [[1, 500_000, null]]);
    t.core.ctx!.db.prepare('update orders set amount_received = total where id = ?').run(orderId);
    const byRevenue = await t.ok('customers.list', { sort: 'revenue', descending: true });
    expect(byRevenue.rows.map((r) => [r.name, r.revenue])).toEqual([
      ['Boris', 500_000],
      ['Alla', 0],
    ]);
    expect((await t.ok('customers.list', { flag: 'vip' })).rows.map((r) => r.id)).toEqual([rich.id]);
    expect((await t.ok('customers.list', { search: 'улица мира' })).rows.map((r) => r.id)).toEqual([poor.id]);
    expect((await t.ok('customers.list', { sort: 'name' })).rows.map((r) => r.name)).toEqual([
      'Alla',
      'Boris',
    ]);
    // Later pages skip the count: the list is sized by the first.
    expect(await t.ok('customers.list', { sort: 'name', offset: 1 })).toMatchObject({
      total: null,
      rows: [{ name: 'Boris' }],
    });
  });
});
