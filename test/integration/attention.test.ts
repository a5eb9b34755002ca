import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import type { Db } from '../../electron/core/db/open';
import { makeCore, setupOwner, signInAsOperator, type TestCore } from '../support/core';

// Issue 14, point 5 on the demo shop (a real database): who crossed a rule's threshold and has not
// been acted on, the one-click answers, which incidents count, and a good regular's verdict.

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
let t: TestCore;
let db: Db;
const idOf = (sql: string) => (db.prepare(sql).pluck().get() as number | undefined) ?? null;

beforeAll(async () => {
  t = makeCore();
  t.clock.now = NOW;
  await setupOwner(t);
  await t.ok('demo.load', {});
  db = t.core.ctx!.db;
});
afterAll(async () => {
  t.close();
  await stopWorker();
});

const everyone = async () => (await t.ok('customers.attention', { limit: 200 })).rows;

describe('the best regular is not shouted at (point 5 d)', () => {
  it('a VIP with 40+ orders, nearly all kept, and incidents of their own is VIP, the incidents a note', async () => {
    // The demo's busiest VIP: nearly every order kept, incidents by his fault on a few of them.
    const vipId = idOf(`select id from customers where vip = 1 order by orders_count desc limit 1`)!;
    const card = await t.ok('customers.card', { id: vipId });
    expect(card.stats.orders).toBeGreaterThanOrEqual(40);
    expect(card.stats.buyoutRatePercent).toBeGreaterThanOrEqual(90);
    const incidents = card.signals.find((s) => s.rule === 'customer_fault_incidents');
    expect(incidents).toMatchObject({
      level: 'info',
      facts: { basis: 'customer_fault', minimumPercent: 20 },
    });
    expect(incidents!.facts.incidents).toBeGreaterThanOrEqual(2);
    expect(card.verdict).toBe('vip');
    expect((await everyone()).some((row) => row.id === vipId)).toBe(false);
  });
});

describe('needs a decision (point 5 b)', () => {
  it('lists the demo’s customers who crossed a threshold, each with the rule and its numbers', async () => {
    const { total, rows } = await t.ok('customers.attention', { limit: 5 });
    expect(total).toBeGreaterThanOrEqual(15);
    // A list a person can work through: the demo has a few dozen (41 since its trips are attempt losses).
    expect(total).toBeLessThanOrEqual(60);
    expect(rows).toHaveLength(5);
    const all = await everyone();
    expect(all).toHaveLength(total);
    for (const row of all) {
      // The same judgement as the card: every listed signal is on the customer's card too.
      const card = await t.ok('customers.card', { id: row.id });
      for (const signal of row.signals) expect(card.signals).toContainEqual(signal);
      expect(card.customer.mergedIntoId).toBeNull();
    }
    const rules = new Set(all.flatMap((row) => row.signals.map((s) => s.rule)));
    expect(rules).toEqual(new Set(['low_buyout', 'refused_parcels', 'customer_fault_incidents']));
    // Prepayment (buyout) first, cautions after.
    const firstCaution = all.findIndex((row) => row.signals[0]!.level === 'caution');
    expect(all.slice(firstCaution).every((row) => row.signals[0]!.level === 'caution')).toBe(true);
    // Paged: the second page goes on where the first ended.
    const second = await t.ok('customers.attention', { offset: 5, limit: 5 });
    expect(second.rows.map((r) => r.id)).toEqual(all.slice(5, 10).map((r) => r.id));
    const onlyRefused = await t.ok('customers.attention', { rule: 'refused_parcels', limit: 200 });
    expect(onlyRefused.rows.every((row) => row.signals.every((s) => s.rule === 'refused_parcels'))).toBe(
      true,
    );
  });

  it('drops a customer once acted on: a prepayment-only entry, or marked doubtful — by the operator too', async () => {
    await signInAsOperator(t);
    const all = await everyone();
    const refused = all.find(
      (row) => row.phone !== null && row.signals.some((s) => s.rule === 'refused_parcels'),
    )!;
    const signal = refused.signals.find((s) => s.rule === 'refused_parcels')!;
    await t.ok('blocklist.add', {
      kind: 'phone',
      value: refused.phone!,
      action: 'prepayment',
      reason: `Refused or did not collect ${signal.facts.refused} parcels (threshold ${signal.facts.threshold})`,
      customerId: refused.id,
    });
    const faulty = all.find(
      (row) => row.id !== refused.id && row.signals.some((s) => s.rule === 'customer_fault_incidents'),
    )!;
    await t.ok('customers.update', { id: faulty.id, doubtful: true });

    const after = await everyone();
    const still = (id: number) => after.find((row) => row.id === id);
    expect(
      still(refused.id)?.signals.some((s) => s.rule === 'refused_parcels' || s.rule === 'low_buyout'),
    ).not.toBe(true);
    expect(still(faulty.id)?.signals.some((s) => s.rule === 'customer_fault_incidents')).not.toBe(true);
    expect(after.length).toBeLessThan(all.length);
  });
});

describe('which incidents count (point 5 c)', () => {
  it('the competitor, whose every order ends in an incident of the shop’s fault, shows only with all incidents counted', async () => {
    const competitorId = idOf(
      `select c.id from customers c where c.orders_count >= 5 and c.incidents_count >= c.orders_count
         and not exists (select 1 from incidents i where i.customer_id = c.id and i.fault = 'customer')`,
    )!;
    expect(competitorId).not.toBeNull();
    const before = await t.ok('customers.card', { id: competitorId });
    expect(before.signals.some((s) => s.rule === 'customer_fault_incidents')).toBe(false);
    expect((await everyone()).some((row) => row.id === competitorId)).toBe(false);

    await t.ok('session.signOut', {});
    const owner = idOf(`select id from staff where role = 'owner'`)!;
    await t.ok('session.signIn', { staffId: owner, pin: '2468' });
    await t.ok('settings.update', { risk: { incidentsCounted: 'all_incidents' } });

    const card = await t.ok('customers.card', { id: competitorId });
    expect(card.signals.find((s) => s.rule === 'customer_fault_incidents')).toMatchObject({
      level: 'caution',
      facts: { basis: 'all_incidents', ratePercent: 100 },
    });
    expect(card.verdict).toBe('caution');
    const listed = (await everyone()).find((row) => row.id === competitorId);
    expect(listed?.signals.map((s) => s.rule)).toContain('customer_fault_incidents');
  });

  it('keeps a setting that is not one of the two words out, and changes nothing', async () => {
    const result = await t.call('settings.update', { risk: { incidentsCounted: 'shop' as never } });
    expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    expect((await t.ok('settings.get', {})).risk.incidentsCounted).toBe('all_incidents');
  });
});
