import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, OWNER, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Scenario 18: the shop photographs a doubtful customer's parcels before shipping. The photo
// belongs to the order, before any complaint; when one comes, the incident shows it.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const PHOTO = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function shop() {
  t = makeCore();
  const { user } = await setupOwner(t);
  const customer = await t.ok('customers.create', { name: 'Irina', phones: [{ raw: '+7 916 555 44 33' }] });
  const { order } = await t.ok('orders.create', {
    number: 'SD-18',
    customerId: customer.id,
    items: [{ title: 'Dozen of nappies', quantity: 4, unitPrice: 120_000 }],
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'post',
    address: 'ул. Мира, 7',
    parcelWeightG: 5_200,
  });
  return { ownerId: user!.id, order };
}

const upload = (fileName: string, bytes = PHOTO) => ({
  fileName,
  mime: 'image/png',
  dataBase64: bytes.toString('base64'),
});

describe('evidence on an order', () => {
  it('is added by the operator, listed with its hash, opened with the tamper check, and shown on a later incident', async () => {
    const { ownerId, order } = await shop();
    await signInAsOperator(t);
    const before = order.updatedAt;
    const files = await t.ok('orders.addEvidence', {
      orderId: order.id,
      ...upload('parcel on the scale.png'),
    });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      fileName: 'parcel on the scale.png',
      sha256: sha(PHOTO),
      removed: null,
    });
    expect(await t.ok('orders.evidence', { orderId: order.id })).toEqual(files);
    // A file is not an order field: an editor open on the order can still save.
    expect((await t.ok('orders.get', { id: order.id })).order.updatedAt).toBe(before);
    const opened = await t.ok('evidence.file', { id: files[0]!.id });
    expect(Buffer.from(opened.dataBase64, 'base64').equals(PHOTO)).toBe(true);

    // The complaint comes later: the incident logged for the order shows the order's photo.
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'claimed_missing_items',
      orderId: order.id,
    });
    const detail = await t.ok('incidents.get', { id: incident.id });
    expect(detail.evidence).toEqual([]);
    expect(detail.orderEvidence).toEqual(files);

    // Changed on disk: refused, as for an incident's file.
    const [stored] = readdirSync(join(t.dir, 'evidence'));
    writeFileSync(join(t.dir, 'evidence', stored!), 'tampered');
    expect(await t.call('evidence.file', { id: files[0]!.id })).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/changed on disk/) },
    });

    // Removal: the owner's, on the order (not through the incident), kept on disk and audited.
    expect(await t.call('orders.removeEvidence', { id: files[0]!.id, reason: 'Wrong parcel' })).toMatchObject(
      {
        error: { code: 'FORBIDDEN' },
      },
    );
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { staffId: ownerId, pin: OWNER.pin });
    expect(await t.call('incidents.removeEvidence', { id: files[0]!.id, reason: 'x' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const removed = await t.ok('orders.removeEvidence', { id: files[0]!.id, reason: 'Wrong parcel' });
    expect(removed[0]!.removed).toMatchObject({ by: 'Olga Owner' });
    expect((await t.ok('incidents.get', { id: incident.id })).orderEvidence[0]!.removed).not.toBeNull();
    expect(readdirSync(join(t.dir, 'evidence'))).toEqual([stored]);
    const audit = t.core
      .ctx!.db.prepare(
        "select action, entity_id as id, note from audit_log where entity = 'order' and action like '%evidence'",
      )
      .all();
    expect(audit).toEqual([
      { action: 'evidence', id: order.id, note: '' },
      { action: 'remove_evidence', id: order.id, note: 'Wrong parcel' },
    ]);
  });

  it('refuses an unknown order and adds nothing when the copy fails', async () => {
    const { order } = await shop();
    expect(await t.call('orders.addEvidence', { orderId: 999, ...upload('x.png') })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    rmSync(join(t.dir, 'evidence'), { recursive: true, force: true });
    writeFileSync(join(t.dir, 'evidence'), 'not a folder');
    expect(await t.call('orders.addEvidence', { orderId: order.id, ...upload('x.png') })).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringMatching(/could not be saved/) },
    });
    expect(t.core.ctx!.db.prepare('select count(*) as n from attachments').get()).toEqual({ n: 0 });
  });

  it('goes into backups with the incidents’ files (same folder, same manifest) and comes back on restore', async () => {
    const { order } = await shop();
    const files = await t.ok('orders.addEvidence', { orderId: order.id, ...upload('before shipping.png') });
    const backup = await t.ok('backup.run', {});
    expect(backup.counts.evidenceFiles).toBe(1);
    const manifest = JSON.parse(readFileSync(join(backup.path, 'manifest.json'), 'utf8')) as {
      evidence: { file: string; sha256: string }[];
    };
    expect(manifest.evidence.map((entry) => entry.sha256)).toEqual([sha(PHOTO)]);

    const [stored] = readdirSync(join(t.dir, 'evidence'));
    rmSync(join(t.dir, 'evidence', stored!));
    t.clock.now += 60_000;
    await t.ok('backup.restore', { location: backup.path });
    await t.ok('session.signIn', { staffId: 1, pin: OWNER.pin });
    const opened = await t.ok('evidence.file', { id: files[0]!.id });
    expect(Buffer.from(opened.dataBase64, 'base64').equals(PHOTO)).toBe(true);
  });
});
