import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 16, point 8: a recovery counts in the month its money came back (the cost line's own
// day), in Reports as in the accountant's export, whatever month the incident was in.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

describe('Reports date a recovery by the day its money came back', () => {
  it('a November incident recovered in December: December shows the recovery, November does not; the export agrees', async () => {
    t = makeCore();
    t.clock.now = Date.UTC(2026, 11, 10, 9, 0, 0); // 2026-12-10: the recovery day is not in the future
    await setupOwner(t);
    const { incident } = await t.ok('incidents.create', {
      channel: 'phone',
      cause: 'damaged',
      fault: 'courier',
      happenedOn: '2026-11-20',
      costs: [{ kind: 'goods_written_off', amount: 100_000 }],
    });
    await t.ok('incidents.addCost', {
      incidentId: incident.id,
      kind: 'recovery',
      amount: 40_000,
      day: '2026-12-05',
    });

    const month = async (from: string, to: string) =>
      (await t.ok('reports.period', { period: { from, to, granularity: 'month' }, compare: false })).current;
    const november = await month('2026-11-01', '2026-11-30');
    const december = await month('2026-12-01', '2026-12-31');

    expect(november.totals).toMatchObject({ incidents: 1, costs: 100_000, recovered: 0, net: 100_000 });
    expect(december.totals).toMatchObject({ incidents: 0, costs: 0, recovered: 40_000, net: -40_000 });
    expect(december.buckets[0]).toMatchObject({ start: '2026-12-01', recovered: 40_000, net: -40_000 });
    expect(december.byCause).toEqual([expect.objectContaining({ cause: 'damaged', recovered: 40_000 })]);
    expect(december.byFault).toEqual([expect.objectContaining({ fault: 'courier', recovered: 40_000 })]);
    expect(november.byFault).toEqual([expect.objectContaining({ fault: 'courier', recovered: 0 })]);

    // Two months in one report: each recovery in its own bucket, the period total once.
    const both = await month('2026-11-01', '2026-12-31');
    expect(both.buckets.map((b) => [b.start, b.costs, b.recovered])).toEqual([
      ['2026-11-01', 100_000, 0],
      ['2026-12-01', 0, 40_000],
    ]);
    expect(both.totals.recovered).toBe(40_000);

    // The accountant's export: the same months, the same figures.
    const { path } = await t.ok('export.accountant', { from: '2026-11-01', to: '2026-12-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Summary')!;
    // Month, orders, orders total, received, losses, recovered, net, cash discrepancy (major units).
    expect([2, 3].map((r) => (summary.getRow(r).values as unknown[]).slice(1))).toEqual([
      ['2026-11', 0, 0, 0, 1000, 0, 1000, 0],
      ['2026-12', 0, 0, 0, 0, 400, -400, 0],
    ]);
  });
});
