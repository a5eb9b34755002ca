import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Demo mode: marked while loaded, cleared in one step by the owner (a backup first), back to an
// empty shop where staff, settings and the audit log stay, and every trigger is as it was.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const SHOP_TABLES = [
  'couriers',
  'customers',
  'orders',
  'order_items',
  'incidents',
  'incident_costs',
  'calls',
];
const count = (table: string) =>
  (t.core.ctx!.db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
const schemaObjects = () =>
  t.core
    .ctx!.db.prepare(
      "select type, name, sql from sqlite_master where type in ('trigger', 'index') order by name",
    )
    .all();

describe('demo mode', () => {
  it('is marked while loaded, refuses a second load, and clears to an empty shop after a backup', async () => {
    t = makeCore();
    const { user } = await setupOwner(t);
    expect(await t.ok('demo.status', {})).toEqual({ loadedAt: null, hasData: false });
    const schema = schemaObjects();

    await t.ok('demo.load', {});
    const loaded = await t.ok('demo.status', {});
    expect(loaded).toEqual({ loadedAt: t.clock.now, hasData: true });
    expect(await t.call('demo.load', {})).toMatchObject({ error: { code: 'CONFLICT' } });
    await t.ok('customers.create', {
      name: 'Typed in after the demo',
      phones: [{ raw: '+7 916 000 11 22' }],
    });
    const settingsBefore = await t.ok('settings.get', {});

    await signInAsOperator(t);
    expect(await t.ok('demo.status', {})).toEqual(loaded);
    expect(await t.call('demo.clear', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: user!.id, pin: OWNER.pin });

    t.clock.now += 60_000;
    const { backupName } = await t.ok('demo.clear', {});
    const backups = await t.ok('backup.list', {});
    expect(backups.map((b) => b.name)).toContain(backupName);
    expect(backups.find((b) => b.name === backupName)!.counts.orders).toBeGreaterThan(1000);

    for (const table of SHOP_TABLES) expect([table, count(table)]).toEqual([table, 0]);
    expect(count('staff')).toBe(2);
    expect(await t.ok('settings.get', {})).toEqual(settingsBefore);
    expect(schemaObjects()).toEqual(schema);
    const db = t.core.ctx!.db;
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const actions = db
      .prepare("select action from audit_log where entity = 'shop' order by id")
      .pluck()
      .all();
    expect(actions.slice(-2)).toEqual(['load_demo', 'clear_demo']);

    expect(await t.ok('demo.status', {})).toEqual({ loadedAt: null, hasData: false });
    expect(await t.call('demo.clear', {})).toMatchObject({ error: { code: 'CONFLICT' } });
    // The empty shop works as a new one: orders are numbered from the start again.
    const customer = await t.ok('customers.create', {
      name: 'First real customer',
      phones: [{ raw: '+7 916 123 45 67' }],
    });
    const { order } = await t.ok('orders.create', {
      customerId: customer.id,
      items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
      address: 'ул. Мира, 7',
    });
    expect(order.number).toMatch(/0*1$/);
  });
});
