import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

const HOUR = 3_600_000;

async function shop() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const courier = await t.ok('couriers.create', {
    name: 'Sergey',
    kind: 'own_driver',
    costPerDelivery: 30_000,
  });
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { order } = await t.ok('orders.create', {
    number: 'SD-7',
    customerId: customer.id,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
    paymentMethod: 'card_online',
    deliveryMethod: 'own_courier',
    address: 'ул. Мира, 7',
    deliveryDate: '2026-11-20',
    orderedOn: '2026-11-18',
    courierId: courier.id,
  });
  return { ownerId: user!.id, courier, customerId: customer.id, order };
}

const losses = (customerId: number) =>
  (t.core.ctx!.db.prepare('select losses from customers where id = ?').get(customerId) as { losses: number })
    .losses;

describe('incidents', () => {
  it('logs from an order (customer and courier filled in), adds costs and a recovery, and resolves', async () => {
    const { courier, customerId, order } = await shop();
    const created = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'delivered_not_received',
      orderId: order.id,
      customerSays: 'The courier says delivered, I have nothing',
      promised: 'Check with the courier and call back tomorrow',
      followUpDue: t.clock.now + 24 * HOUR,
      costs: [{ kind: 'reshipment_goods', amount: 900_000 }],
    });
    expect(created.incident).toMatchObject({
      happenedOn: '2026-11-23',
      status: 'open',
      fault: 'unknown',
      customer: { id: customerId, name: 'Irina' },
      order: { id: order.id, number: 'SD-7' },
      courier: { id: courier.id, name: 'Sergey' },
      costs: 900_000,
      net: 900_000,
      overdue: false,
    });
    const id = created.incident.id;
    // A form that sends empty links as null gets them filled from the order all the same.
    const fromForm = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'late_delivery',
      orderId: order.id,
      customerId: null,
      courierId: null,
    });
    expect(fromForm.incident).toMatchObject({ customer: { id: customerId }, courier: { id: courier.id } });
    await t.ok('incidents.addCost', { incidentId: id, kind: 'reshipment_delivery', amount: 30_000 });
    await t.ok('incidents.addCost', {
      incidentId: id,
      kind: 'recovery',
      amount: 400_000,
      note: 'Courier pays half',
    });
    const current = await t.ok('incidents.get', { id });
    expect(current.incident).toMatchObject({ costs: 930_000, recovered: 400_000, net: 530_000 });
    expect(losses(customerId)).toBe(530_000);

    expect(
      await t.call('incidents.update', {
        id,
        expectedUpdatedAt: current.incident.updatedAt,
        status: 'resolved',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'resolution' }] } });
    const resolved = await t.ok('incidents.update', {
      id,
      expectedUpdatedAt: current.incident.updatedAt,
      status: 'resolved',
      resolution: 'reship',
      fault: 'courier',
    });
    expect(resolved.incident).toMatchObject({ status: 'resolved', resolution: 'reship', fault: 'courier' });
    expect(resolved.timeline.map((e) => e.action)).toEqual(['create', 'cost', 'cost', 'cost', 'status']);
    expect(resolved.timeline.at(-1)!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'open', after: 'resolved' },
        { field: 'fault', before: 'unknown', after: 'courier' },
      ]),
    );
    // An edit from a stale copy is refused, not merged.
    expect(
      await t.call('incidents.update', { id, expectedUpdatedAt: current.incident.updatedAt, fault: 'shop' }),
    ).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('refuses bad input beside the field and writes nothing', async () => {
    const { customerId, order } = await shop();
    const other = await t.ok('customers.create', { name: 'Boris', phones: [{ raw: '+7 916 111 22 33' }] });
    const base = { channel: 'phone' as const, cause: 'damaged' as const };
    const cases: [Record<string, unknown>, string][] = [
      [{ costs: [{ kind: 'refund', amount: -5 }] }, 'costs.0.amount'],
      [{ costs: [{ kind: 'refund', amount: 10.5 }] }, 'costs.0.amount'],
      [{ cause: 'alien_abduction' }, 'cause'],
      [{ followUpDue: t.clock.now - HOUR }, 'followUpDue'],
      [{ happenedOn: '2026-11-31' }, 'happenedOn'],
      [{ happenedOn: '2026-12-01' }, 'happenedOn'],
      [{ orderId: order.id, customerId: other.id }, 'orderId'],
      [{ customerId: 9999 }, 'customerId'],
    ];
    for (const [extra, path] of cases) {
      const result = await t.call('incidents.create', { ...base, ...extra } as never);
      expect(result, JSON.stringify(extra)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path }] },
      });
    }
    const db = t.core.ctx!.db;
    expect(db.prepare('select count(*) as n from incidents').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) as n from incident_costs').get()).toEqual({ n: 0 });
    expect(losses(customerId)).toBe(0);
  });

  it('waits for someone, turns overdue after the follow-up time, and lists with totals of what the filter matches', async () => {
    const { courier, customerId, order } = await shop();
    const a = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'lost_in_transit',
      orderId: order.id,
      followUpDue: t.clock.now + 2 * HOUR,
      costs: [{ kind: 'refund', amount: 100_000 }],
    });
    await t.ok('incidents.create', {
      channel: 'email',
      cause: 'price_error',
      customerId,
      fault: 'shop',
      costs: [{ kind: 'compensation', amount: 25_000 }],
    });
    await t.ok('incidents.create', { channel: 'courier_report', cause: 'damaged', courierId: courier.id });
    expect(
      await t.call('incidents.update', {
        id: a.incident.id,
        expectedUpdatedAt: a.incident.updatedAt,
        status: 'waiting',
      }),
    ).toMatchObject({ error: { issues: [{ path: 'waitingFor' }] } });
    await t.ok('incidents.update', {
      id: a.incident.id,
      expectedUpdatedAt: a.incident.updatedAt,
      status: 'waiting',
      waitingFor: 'post',
    });

    expect(await t.ok('incidents.list', { overdue: true })).toMatchObject({ total: 0 });
    t.clock.now += 3 * HOUR;
    const overdue = await t.ok('incidents.list', { overdue: true });
    expect(overdue).toMatchObject({
      total: 1,
      rows: [{ id: a.incident.id, overdue: true, waitingFor: 'post' }],
    });
    const card = await t.ok('customers.card', { id: customerId });
    expect(card.openIncidents.find((i) => i.id === a.incident.id)).toMatchObject({ overdue: true });

    const all = await t.ok('incidents.list', { limit: 1 });
    expect(all).toMatchObject({ total: 3, totals: { costs: 125_000, recovered: 0, net: 125_000 } });
    expect(all.rows).toHaveLength(1);
    expect(await t.ok('incidents.list', { fault: 'shop' })).toMatchObject({
      total: 1,
      totals: { net: 25_000 },
    });
    expect(await t.ok('incidents.list', { courierId: courier.id })).toMatchObject({ total: 2 });
    expect(await t.ok('incidents.list', { search: 'sd-7' })).toMatchObject({ total: 1 });
    expect(await t.ok('incidents.list', { deliveryMethod: 'own_courier' })).toMatchObject({ total: 1 });
    expect(await t.ok('incidents.list', { deliveryMethod: 'post' })).toMatchObject({ total: 0 });
    expect((await t.ok('couriers.list', {})).find((c) => c.id === courier.id)!.incidents90d).toEqual({
      count: 2,
      courierFault: 0,
      // Neither is the courier's fault (yet): nothing counts against him (issue 16).
      net: 0,
    });
  });

  it('voids a cost line (owner only, with a reason) and keeps it visible', async () => {
    const { ownerId, customerId } = await shop();
    const created = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'damaged',
      customerId,
      costs: [
        { kind: 'refund', amount: 50_000 },
        { kind: 'compensation', amount: 5_000_000, note: 'typo' },
      ],
    });
    const typo = created.costs[1]!.id;
    await signInAsOperator(t);
    expect(
      await t.call('incidents.voidCost', { costId: typo, reason: 'Typed one zero too many' }),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    const after = await t.ok('incidents.voidCost', { costId: typo, reason: 'Typed one zero too many' });
    expect(after.incident).toMatchObject({ costs: 50_000, net: 50_000 });
    // Voided lines count nowhere: not in the customer's history either.
    const history = await t.ok('customers.history', { id: customerId, tab: 'incidents' });
    expect(history.rows[0]!.amount).toBe(50_000);
    expect(after.costs[1]).toMatchObject({
      amount: 5_000_000,
      voided: { by: 'Olga Owner', reason: 'Typed one zero too many' },
    });
    expect(losses(customerId)).toBe(50_000);
    expect(await t.call('incidents.voidCost', { costId: typo, reason: 'again' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });
});

describe('evidence', () => {
  const PHOTO = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

  it('copies the file into the data folder with its hash, opens it, and removal is owner-only and audited', async () => {
    const { ownerId, customerId } = await shop();
    const { incident } = await t.ok('incidents.create', { channel: 'phone', cause: 'damaged', customerId });
    await signInAsOperator(t);
    const detail = await t.ok('incidents.addEvidence', {
      incidentId: incident.id,
      fileName: 'parcel before shipping.png',
      mime: 'image/png',
      dataBase64: PHOTO.toString('base64'),
    });
    const [file] = detail.evidence;
    expect(file).toMatchObject({
      fileName: 'parcel before shipping.png',
      sizeBytes: PHOTO.length,
      removed: null,
    });
    expect(file!.sha256).toBe(createHash('sha256').update(PHOTO).digest('hex'));
    const stored = readdirSync(join(t.dir, 'evidence'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/\.png$/);
    const opened = await t.ok('evidence.file', { id: file!.id });
    expect(Buffer.from(opened.dataBase64, 'base64').equals(PHOTO)).toBe(true);

    expect(await t.call('incidents.removeEvidence', { id: file!.id, reason: 'Wrong parcel' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    const removed = await t.ok('incidents.removeEvidence', { id: file!.id, reason: 'Wrong parcel' });
    expect(removed.evidence[0]!.removed).toMatchObject({ by: 'Olga Owner' });
    expect(existsSync(join(t.dir, 'evidence', stored[0]!))).toBe(true);
    const audit = t.core
      .ctx!.db.prepare(
        "select action, note from audit_log where entity = 'incident' and action like '%evidence'",
      )
      .all();
    expect(audit).toEqual([
      { action: 'evidence', note: '' },
      { action: 'remove_evidence', note: 'Wrong parcel' },
    ]);
  });

  it('notices a file changed on disk, refuses unreadable input, and adds nothing when the copy fails', async () => {
    const { customerId } = await shop();
    const { incident } = await t.ok('incidents.create', { channel: 'phone', cause: 'damaged', customerId });
    const detail = await t.ok('incidents.addEvidence', {
      incidentId: incident.id,
      fileName: 'scan.pdf',
      dataBase64: PHOTO.toString('base64'),
    });
    const [name] = readdirSync(join(t.dir, 'evidence'));
    writeFileSync(join(t.dir, 'evidence', name!), 'tampered');
    expect(await t.call('evidence.file', { id: detail.evidence[0]!.id })).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/changed on disk/) },
    });

    expect(
      await t.call('incidents.addEvidence', {
        incidentId: incident.id,
        fileName: 'x.png',
        dataBase64: '%%% not base64',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'dataBase64' }] } });

    // The evidence folder replaced by a plain file: the copy cannot be made.
    renameSync(join(t.dir, 'evidence'), join(t.dir, 'evidence-moved'));
    writeFileSync(join(t.dir, 'evidence'), 'not a folder');
    expect(
      await t.call('incidents.addEvidence', {
        incidentId: incident.id,
        fileName: 'photo.png',
        dataBase64: PHOTO.toString('base64'),
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', message: expect.stringMatching(/could not be saved/) } });
    const db = t.core.ctx!.db;
    expect(db.prepare('select count(*) as n from attachments').get()).toEqual({ n: 1 });
    expect(readdirSync(t.dir).filter((f) => f.includes('.part-'))).toEqual([]);
  });
});
