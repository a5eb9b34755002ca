import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as enums from '../../shared/domain/enums';
import { WAITING_FOR } from '../../shared/domain/incidents';
import { makeCore, type TestCore } from '../support/core';

// The migration copies each enum list as a literal; this proves the CHECK constraints accept
// exactly the values shared/domain/enums.ts declares — no more, no fewer.

let t: TestCore;
beforeAll(() => {
  t = makeCore();
});
afterAll(() => t.close());

const columns: [string, string, readonly string[]][] = [
  ['staff', 'role', enums.ROLES],
  ['couriers', 'kind', enums.COURIER_KINDS],
  ['customer_phones', 'kind', enums.PHONE_KINDS],
  ['orders', 'payment_method', enums.PAYMENT_METHODS],
  ['orders', 'payment_status', enums.PAYMENT_STATUSES],
  ['orders', 'delivery_method', enums.DELIVERY_METHODS],
  ['orders', 'status', enums.ORDER_STATUSES],
  ['orders', 'checked_in_presence', enums.CHECKED_IN_PRESENCE],
  ['delivery_attempts', 'outcome', enums.ATTEMPT_OUTCOMES],
  ['calls', 'purpose', enums.CALL_PURPOSES],
  ['calls', 'outcome', enums.CALL_OUTCOMES],
  ['incidents', 'channel', enums.INCIDENT_CHANNELS],
  ['incidents', 'cause', enums.INCIDENT_CAUSES],
  ['incidents', 'fault', enums.FAULTS],
  ['attempt_losses', 'fault', enums.FAULTS],
  ['courier_cash', 'kind', enums.HANDOVER_KINDS],
  ['incidents', 'status', enums.INCIDENT_STATUSES],
  ['incidents', 'resolution', enums.RESOLUTIONS],
  ['incidents', 'waiting_for', WAITING_FOR],
  ['incident_costs', 'kind', enums.COST_KINDS],
  ['blocklist_entries', 'kind', enums.BLOCK_KINDS],
  ['blocklist_entries', 'action', enums.BLOCK_ACTIONS],
];

function allowedBySchema(sql: string, column: string): string[] {
  const match = new RegExp(
    `CHECK \\(\\(?${column} IS NULL OR ${column} IN \\(([^)]*)\\)|CHECK \\(${column} IN \\(([^)]*)\\)`,
  ).exec(sql);
  const list = match?.[1] ?? match?.[2];
  if (!list) throw new Error(`no CHECK list for ${column}`);
  return list.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
}

describe('schema CHECK lists match the shared enums', () => {
  it.each(columns)('%s.%s', (table, column, values) => {
    const { sql } = t.core.ctx!.db.prepare('select sql from sqlite_schema where name = ?').get(table) as {
      sql: string;
    };
    expect(allowedBySchema(sql, column).sort()).toEqual([...values].sort());
  });

  it('refuses a value outside the list at the database level', () => {
    const db = t.core.ctx!.db;
    expect(() =>
      db.prepare("insert into couriers (name, kind, created_at) values ('Bike', 'drone', 0)").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          "insert into couriers (name, kind, created_at, cost_per_delivery) values ('Bike', 'post', 0, -5)",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
