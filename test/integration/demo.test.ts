import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { stagedRows } from '../../electron/core/demo/child-rows';
import { openDatabase, type Db } from '../../electron/core/db/open';
import {
  buildDemoShop,
  BULK_ORDERS,
  DEMO_SIZES,
  generateDemoShop,
  type DemoOptions,
} from '../../electron/core/demo/generate';
import {
  COST_KINDS,
  COURIER_KINDS,
  DELIVERY_METHODS,
  INCIDENT_CAUSES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderStatus,
} from '../../shared/domain/enums';
import { canMove } from '../../shared/domain/order-status';
import { normalizePhone, reverseDigits } from '../../shared/domain/phone';
import { makeCore, makeTempDir, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// The demo shop: loaded through the real channel, deterministic per seed, covering every value the
// owner can meet in the app, and internally consistent (money, phones, foreign keys, CHECKs).

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const TABLES = [
  'couriers',
  'customers',
  'customer_phones',
  'customer_emails',
  'customer_addresses',
  'customer_notes',
  'orders',
  'order_items',
  'order_status_changes',
  'delivery_attempts',
  'calls',
  'courier_cash',
  'incidents',
  'incident_costs',
  'blocklist_entries',
];

const temps: (() => void)[] = [];
afterAll(() => temps.forEach((cleanup) => cleanup()));

function emptyShop(): Db {
  const temp = makeTempDir('shopdesk-demo-');
  const db = openDatabase(join(temp.dir, 'demo.sqlite'));
  temps.push(() => {
    if (db.open) db.close();
    temp.cleanup();
  });
  migrate(db);
  return db;
}

/** A fresh migrated file with an owner, filled by the generator (bulk-loaded when asked). */
function generated(options: Partial<DemoOptions>, bulk?: boolean): Db {
  const db = emptyShop();
  const staffId = Number(
    db.prepare("insert into staff (name, role, pin_hash, created_at) values ('Owner', 'owner', 'x', 0)").run()
      .lastInsertRowid,
  );
  const all = { seed: 7, ...DEMO_SIZES.small, now: NOW, staffId, ...options };
  if (bulk === undefined) generateDemoShop(db, all);
  else buildDemoShop(db, all, bulk);
  return db;
}

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]),
  );
}

function checksum(db: Db): string {
  const hash = createHash('sha256');
  const parts = [
    'select number, customer_id, total, status, delivery_date, courier_id from orders order by id',
    'select e164, raw from customer_phones order by id',
    'select happened_on, cause, fault, status, customer_id, order_id from incidents order by id',
    'select incident_id, kind, amount from incident_costs order by id',
    'select kind, value_norm, action from blocklist_entries order by id',
  ];
  for (const sql of parts) {
    for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

const values = (db: Db, sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);

describe('demo.load', () => {
  let t: TestCore;
  let db: Db;
  beforeAll(async () => {
    t = makeCore();
    t.clock.now = NOW;
    await setupOwner(t);
    db = t.core.ctx!.db;
  });
  afterAll(() => t.close());

  it('fills an empty shop once for the owner and answers CONFLICT the second time', async () => {
    const summary = await t.ok('demo.load', {});
    expect(summary).toEqual({
      couriers: 7,
      ...DEMO_SIZES.small,
      blocklistEntries: expect.any(Number),
    });
    expect(summary.blocklistEntries).toBeGreaterThan(5);
    const n = counts(db);
    expect([n.customers, n.orders, n.incidents, n.blocklist_entries]).toEqual([
      summary.customers,
      summary.orders,
      summary.incidents,
      summary.blocklistEntries,
    ]);
    const again = await t.call('demo.load', {});
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');
    expect(counts(db)).toEqual(n);
  });

  it('shows every courier kind, payment and delivery method, order status, cause and cost kind', () => {
    expect(values(db, 'select kind from couriers')).toEqual(new Set(COURIER_KINDS));
    expect(values(db, 'select payment_method from orders')).toEqual(new Set(PAYMENT_METHODS));
    expect(values(db, 'select delivery_method from orders')).toEqual(new Set(DELIVERY_METHODS));
    expect(values(db, 'select status from orders')).toEqual(new Set(ORDER_STATUSES));
    expect(values(db, 'select cause from incidents')).toEqual(new Set(INCIDENT_CAUSES));
    expect(values(db, 'select kind from incident_costs')).toEqual(new Set(COST_KINDS));
  });

  it('keeps money consistent: total = items + delivery, items = sum of lines, partial buyouts keep part', () => {
    const bad = db
      .prepare(
        `select o.number from orders o
         where o.total <> o.items_total + o.delivery_fee
            or o.items_total <> (select sum(i.quantity * i.unit_price) from order_items i where i.order_id = o.id)`,
      )
      .pluck()
      .all();
    expect(bad).toEqual([]);
    const partial = db
      .prepare(
        `select o.number, sum(i.kept_quantity) as kept, sum(i.quantity) as qty from orders o
         join order_items i on i.order_id = o.id where o.status = 'partly_bought_out' group by o.id`,
      )
      .all() as { kept: number; qty: number }[];
    expect(partial.length).toBeGreaterThan(10);
    for (const p of partial) expect(p.kept > 0 && p.kept < p.qty).toBe(true);
  });

  it('delivers by a courier of the matching kind, in a shop window, and costs every visit', () => {
    const mismatched = db
      .prepare(
        `select o.number from orders o join couriers c on c.id = o.courier_id
         where (o.delivery_method = 'own_courier') <> (c.kind = 'own_driver')
            or (o.delivery_method = 'foot_courier') <> (c.kind = 'foot_courier')
            or (o.delivery_method = 'courier_service') <> (c.kind = 'courier_service')
            or (o.delivery_method = 'post') <> (c.kind = 'post')
            or (o.delivery_method = 'pickup_point') <> (c.kind = 'pickup_point')`,
      )
      .pluck()
      .all();
    expect(mismatched).toEqual([]);
    expect(
      values(db, "select window_from || '-' || window_to from orders where window_from is not null"),
    ).toEqual(new Set(['11:00-14:00', '14:00-17:00', '17:00-20:00', '20:00-22:00']));
    const uncosted = db
      .prepare(
        'select count(*) from delivery_attempts a join couriers c on c.id = a.courier_id where a.cost <> c.cost_per_delivery',
      )
      .pluck()
      .get();
    expect(uncosted).toBe(0);
    const repeated = db
      .prepare("select count(*) from delivery_attempts where outcome in ('not_at_home', 'rescheduled')")
      .pluck()
      .get() as number;
    expect(repeated).toBeGreaterThan(20);
  });

  it("moves orders only along the allowed status transitions, ending in the order's status", () => {
    const pairs = db
      .prepare('select distinct from_status as "from", to_status as "to" from order_status_changes')
      .all() as { from: OrderStatus | null; to: OrderStatus }[];
    expect(pairs.filter((p) => p.from !== null && !canMove(p.from, p.to))).toEqual([]);
    // Every history opens with the creation, as orders.create writes it.
    const opened = db
      .prepare(
        `select count(*) from orders o where (select s.from_status is null and s.to_status = 'new'
           from order_status_changes s where s.order_id = o.id order by s.at, s.id limit 1) is not 1`,
      )
      .pluck()
      .get();
    expect(opened).toBe(0);
    const unlike = db
      .prepare(
        `select o.number from orders o
         where o.status <> coalesce((select s.to_status from order_status_changes s where s.order_id = o.id
                                     order by s.at desc, s.id desc limit 1), 'new')`,
      )
      .pluck()
      .all();
    expect(unlike).toEqual([]);
  });

  it('hands over exactly the cash on delivery each courier collected, short now and then', () => {
    const off = db
      .prepare(
        `select m.day, m.courier_id, m.expected from courier_cash m
         where m.expected <> (select coalesce(sum(o.amount_received), 0) from orders o
                              where o.courier_id = m.courier_id and o.delivery_date = m.day
                                and o.payment_method = 'cash_on_delivery'
                                and o.status in ('delivered', 'partly_bought_out'))`,
      )
      .all();
    expect(off).toEqual([]);
    const ledger = db
      .prepare('select count(*) as days, sum(handed_over < expected) as short from courier_cash')
      .get() as { days: number; short: number };
    expect(ledger.days).toBeGreaterThan(300);
    expect(ledger.short).toBeGreaterThan(0);
  });

  it('stores every phone as valid E.164 with its reversed digits, and the typed text means the same', () => {
    const phones = db.prepare('select e164, digits_reversed, raw from customer_phones').all() as {
      e164: string;
      digits_reversed: string;
      raw: string;
    }[];
    expect(phones.length).toBeGreaterThan(DEMO_SIZES.small.customers);
    for (const p of phones) {
      expect(normalizePhone(p.e164, 'RU')?.e164).toBe(p.e164);
      expect(normalizePhone(p.raw, 'RU')?.e164).toBe(p.e164);
      expect(p.digits_reversed).toBe(reverseDigits(p.e164));
    }
    expect(new Set(phones.map((p) => p.e164)).size).toBe(phones.length);
  });

  it('places orders in the 12 months before now and logs incidents by the current owner', () => {
    const span = db.prepare('select min(created_at) as first, max(created_at) as last from orders').get() as {
      first: number;
      last: number;
    };
    expect(span.last).toBeLessThanOrEqual(NOW);
    expect(span.first).toBeGreaterThan(NOW - 366 * 86_400_000);
    expect(values(db, 'select distinct created_by from incidents')).toEqual(
      new Set([t.core.ctx!.session.staffId]),
    );
  });

  it('passes foreign_key_check and integrity_check', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('is refused to an operator', async () => {
    const other = makeCore();
    try {
      await setupOwner(other);
      await signInAsOperator(other);
      const result = await other.call('demo.load', {});
      expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    } finally {
      other.close();
    }
  });
});

describe('generateDemoShop', () => {
  it('builds the same shop from the same seed and another from another seed', () => {
    const a = generated({ seed: 11 });
    const b = generated({ seed: 11 });
    const c = generated({ seed: 12 });
    expect(counts(a)).toEqual(counts(b));
    expect(checksum(a)).toBe(checksum(b));
    expect(checksum(c)).not.toBe(checksum(a));
  });

  it('makes the same shop whether it writes rows directly or bulk-loads them through the worker', () => {
    const direct = generated({ seed: 5 }, false);
    const staged = generated({ seed: 5 }, true);
    expect(counts(staged)).toEqual(counts(direct));
    expect(checksum(staged)).toBe(checksum(direct));
    const tables = [
      'customer_phones',
      'customer_emails',
      'customer_addresses',
      'order_status_changes',
      'order_items',
    ];
    for (const table of [...tables, 'delivery_attempts', 'calls']) {
      const all = (db: Db) => JSON.stringify(db.prepare(`select * from ${table} order by id`).raw().all());
      expect(all(staged), table).toBe(all(direct));
    }
    expect(staged.prepare('pragma database_list').all()).toHaveLength(1);
  });

  it('bulk-loads a larger shop that still passes foreign_key_check and integrity_check', () => {
    const db = generated({ customers: 3000, orders: BULK_ORDERS + 2000, incidents: 2000 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('ignore_check_constraints', { simple: true })).toBe(0);
    expect(counts(db).orders).toBe(BULK_ORDERS + 2000);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('reports a failure of the bulk-load worker with its reason and detaches the scratch file', () => {
    const db = emptyShop();
    const rows = stagedRows(db);
    try {
      rows.add('items', 1, 'two values for a six-column row');
      expect(() => rows.finish()).toThrow(/staging worker failed: .*parameter/i);
    } finally {
      rows.close();
    }
    expect(db.prepare('pragma database_list').all()).toHaveLength(1);
  });

  it('still makes a consistent shop when asked for a tiny one', () => {
    const db = generated({ customers: 5, orders: 20, incidents: 3 });
    expect(counts(db)).toMatchObject({ customers: 5, orders: 20, incidents: 3, couriers: 7 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
