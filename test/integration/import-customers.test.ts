import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { count, csv, fingerprint, upload } from '../support/import-files';

// Issue 8: a customers file adds the people ShopDesk does not know and what it lacks about those it
// knows (found by phone, then e-mail), never removing anything.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

describe('import of customers', () => {
  it('creates, completes known customers, reports bad and repeated rows, and is idempotent', async () => {
    t = makeCore();
    await setupOwner(t);
    const irina = await t.ok('customers.create', { name: 'Ирина', phones: [{ raw: '+7 916 555 44 33' }] });
    await t.ok('blocklist.add', {
      kind: 'email',
      value: 'scam@example.com',
      action: 'block',
      reason: 'Chargebacks',
    });
    const rows = [
      ['Имя', 'Телефон', 'Email', 'Адрес', 'Заметка'],
      ['Ирина', '8 (916) 555-44-33', 'irina@mail.ru', 'ул. Мира, д. 7', ''],
      ['Олег', '+7 903 111 22 33', '', 'Тверская 1', 'Оптовик'],
      ['Олег дубль', '89031112233', '', '', ''],
      ['Без связи', '', '', 'Садовая 3', ''],
      ['Почта', '', 'not-an-email', '', ''],
      ['Мошенник', '', 'SCAM@example.com', '', ''],
    ];
    const file = await upload(t, 'клиенты.csv', Buffer.from(csv(rows, ',')));
    expect(file.suggestions.customers).toEqual({ name: 0, phone: 1, email: 2, address: 3, note: 4 });
    const input = {
      uploadId: file.uploadId,
      target: 'customers',
      mapping: file.suggestions.customers,
    } as const;
    const dry = await t.ok('import.dryRun', input);
    expect(dry).toMatchObject({ rows: 6, total: 6, create: 2, update: 1, unchanged: 0, skipped: 3 });
    expect(dry.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [4, 'phone', 'duplicate'],
      [5, 'phone', 'missing'],
      [6, 'email', 'bad_email'],
    ]);
    expect(dry.riskHits).toEqual([
      expect.objectContaining({ line: 7, orderNumber: null, verdict: 'blocked', outcome: 'imported' }),
    ]);

    const done = await t.ok('import.commit', input);
    expect(done).toMatchObject({ create: 2, update: 1, importId: expect.any(Number) });
    const card = await t.ok('customers.card', { id: irina.id });
    expect(card.customer.emails.map((e) => e.email)).toEqual(['irina@mail.ru']);
    expect(card.customer.addresses.map((a) => a.address)).toEqual(['ул. Мира, д. 7']);
    expect(card.customer.phones).toHaveLength(1);
    const oleg = t.core.ctx!.db.prepare("select id, note from customers where name = 'Олег'").get() as {
      id: number;
      note: string;
    };
    expect(oleg.note).toBe('Оптовик');
    expect(
      count(t, 'audit_log', `entity = 'customer' and action = 'update' and entity_id = ${irina.id}`),
    ).toBe(1);

    const before = fingerprint(t);
    const again = await upload(t, 'клиенты.csv', Buffer.from(csv(rows, ',')));
    const second = { ...input, uploadId: again.uploadId };
    expect(await t.ok('import.commit', second)).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 3,
      skipped: 3,
      importId: null,
    });
    expect(fingerprint(t)).toBe(before);
  });
});
