import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setupOwner, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t?.close());

describe('audit log', () => {
  it('records setup, staff and settings changes with before and after', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('staff.createOperator', { name: 'Masha' });
    await t.ok('settings.update', { marginPercent: 25 });
    const rows = t.core
      .ctx!.db.prepare('select action, entity, before, after from audit_log order by id')
      .all() as {
      action: string;
      entity: string;
      before: string | null;
      after: string | null;
    }[];
    expect(rows.map((r) => `${r.action}:${r.entity}`)).toEqual([
      'setup:staff',
      'create:staff',
      'update:settings',
    ]);
    const settingsChange = rows[2]!;
    expect(JSON.parse(settingsChange.before!).marginPercent).toBe(30);
    expect(JSON.parse(settingsChange.after!).marginPercent).toBe(25);
  });

  it('cannot be edited or deleted, whatever the code above it does', async () => {
    t = makeCore();
    await setupOwner(t);
    const db = t.core.ctx!.db;
    expect(() => db.prepare("update audit_log set action = 'nothing'").run()).toThrow(/append-only/);
    expect(() => db.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 1 });
  });

  it('refuses INSERT OR REPLACE of an existing entry at the database level: the row stays as it was', async () => {
    t = makeCore();
    await setupOwner(t);
    const db = t.core.ctx!.db;
    const entry = () => db.prepare('select * from audit_log where id = 1').get();
    const before = entry();
    for (const verb of ['insert or replace', 'replace']) {
      expect(
        () =>
          db
            .prepare(
              `${verb} into audit_log (id, at, staff_id, action, entity, note) values (1, 0, null, 'nothing', 'staff', 'rewritten')`,
            )
            .run(),
        verb,
      ).toThrow(/append-only/);
    }
    expect(entry()).toEqual(before);
    expect(db.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 1 });
    // New entries still go in, with or without a conflict clause.
    db.prepare("insert or replace into audit_log (at, action, entity) values (1, 'test', 'staff')").run();
    expect(db.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 2 });
  });
});
