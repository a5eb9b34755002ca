import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { makeCore, setupOwner, type TestCore } from '../support/core';

// Issue 16, done when: one month of the demo shop adds up to the kopeck across Reports, the
// incident register, the customer cards and both export formats. Where two of them count a thing
// differently on purpose, the difference is computed from its own rows and named here.

let t: TestCore;
afterEach(() => t?.close());
afterAll(() => stopWorker());

const FROM = '2026-10-01';
const TO = '2026-10-31';
type Row = (string | number | Date | null)[];
/** Major units with two digits, as both formats write RUB, back to kopecks. */
const kopecks = (major: Row[number] | undefined) => Math.round(Number(major) * 100);

async function xlsxSheets(path: string): Promise<Record<string, Row[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const out: Record<string, Row[]> = {};
  book.eachSheet((sheet) => {
    const rows: Row[] = [];
    // The data ends at the first blank row; the totals row under it is not data.
    let next = 1;
    sheet.eachRow((row, number) => {
      if (number !== next) return;
      rows.push((row.values as Row).slice(1));
      next = number + 1;
    });
    out[sheet.name] = rows;
  });
  return out;
}

function csvSheets(path: string): Record<string, Row[]> {
  const files = unzipSync(readFileSync(path));
  const out: Record<string, Row[]> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const text = strFromU8(bytes).replace(/^\uFEFF/, '');
    const delimiter = text.split('\n')[0]!.includes(';') ? ';' : ',';
    out[name.replace(/^\d+-|\.csv$/g, '')] = parse(text, { delimiter, relax_column_count: true }) as Row[];
  }
  return out;
}

const isoOf = (cell: Row[number]) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : typeof cell === 'string' ? cell : null;
const inMonth = (cell: Row[number]) => {
  const day = isoOf(cell);
  return day !== null && day >= FROM && day <= TO;
};

describe('a month of the demo shop adds up', () => {
  it('Reports, the register, the customer cards and both export formats agree to the kopeck', async () => {
    t = makeCore();
    await setupOwner(t);
    await t.ok('demo.load', { seed: 7 });
    const db = t.core.ctx!.db;

    const { current } = await t.ok('reports.period', {
      period: { from: FROM, to: TO, granularity: 'month' },
      compare: false,
    });
    const reports = current.totals;
    expect(reports.revenue).toBeGreaterThan(0);

    // The register: every incident of the month (paged), with its totals.
    const register = await t.ok('incidents.list', { from: FROM, to: TO, limit: 500 });
    let listed = register.rows.length;
    for (let offset = 500; offset < register.total; offset += 500)
      listed += (await t.ok('incidents.list', { from: FROM, to: TO, offset, limit: 500 })).rows.length;
    expect(listed).toBe(register.total);
    expect(register.total).toBe(reports.incidents);

    // Reports' losses are the register's plus the failed delivery attempts' costs (issue 15: an
    // attempt that cost money is a loss line of its own, not an incident).
    const attempts = db
      .prepare(
        `select coalesce(sum(cost), 0) from delivery_attempts
         where outcome in ('refused', 'not_at_home', 'rescheduled', 'failed') and cost > 0
           and attempted_on between ? and ?`,
      )
      .pluck()
      .get(FROM, TO) as number;
    expect(reports.costs).toBe(register.totals.costs + attempts);

    // The export dates a recovery by the day its money came back, the register by its incident.
    const recoveriesOn = (where: string) =>
      db
        .prepare(
          `select coalesce(sum(k.amount), 0) from incident_costs k join incidents i on i.id = k.incident_id
           where k.kind = 'recovery' and k.voided_at is null and i.archived_at is null and ${where}`,
        )
        .pluck()
        .get({ from: FROM, to: TO }) as number;
    const cameBackInMonth = recoveriesOn('coalesce(k.day, i.happened_on) between $from and $to');
    const ofMonthsIncidents = recoveriesOn('i.happened_on between $from and $to');
    expect(ofMonthsIncidents).toBe(register.totals.recovered);
    // Reports date a recovery as the export does: by the day its money came back.
    expect(reports.recovered).toBe(cameBackInMonth);

    // The customer cards: each customer's revenue is their money received, all the time; the
    // month's payers' cards add up to their orders' money, and the month's is part of it.
    const payers = db
      .prepare('select distinct customer_id from orders where paid_on between ? and ? order by 1 limit 25')
      .pluck()
      .all(FROM, TO) as number[];
    expect(payers.length).toBeGreaterThan(5);
    for (const id of payers) {
      const card = await t.ok('customers.card', { id });
      const received = db
        .prepare('select sum(amount_received) from orders where customer_id = ?')
        .pluck()
        .get(id) as number;
      expect(card.stats.revenue, `customer ${id}`).toBe(received);
    }
    const everyCard = db
      .prepare('select sum(revenue) from customers where merged_into_id is null')
      .pluck()
      .get() as number;
    const allTime = await t.ok('reports.period', {
      period: { from: '2016-12-01', to: '2026-11-23', granularity: 'month' },
      compare: false,
    });
    expect(allTime.current.totals.revenue).toBe(everyCard);

    for (const format of ['xlsx', 'csv'] as const) {
      const { path } = await t.ok('export.accountant', { from: FROM, to: TO, format });
      const sheets = format === 'xlsx' ? await xlsxSheets(path) : csvSheets(path);
      const [, ...summary] = sheets['Summary']!;
      expect(summary, format).toHaveLength(1);
      const [m, , , received, losses, recovered, net] = summary[0]!;
      expect(m).toBe('2026-10');
      expect(kopecks(received), `${format}: Amount received = Reports' revenue`).toBe(reports.revenue);
      expect(kopecks(losses), `${format}: Losses = the register's costs`).toBe(register.totals.costs);
      expect(kopecks(recovered), `${format}: Recovered = money back in the month`).toBe(cameBackInMonth);
      expect(kopecks(net)).toBe(register.totals.costs - cameBackInMonth);

      // The orders sheet: the rows paid in the month add up to Amount received.
      const [head, ...orders] = sheets['Orders']!;
      const paidOn = head!.indexOf('Paid on');
      const amount = head!.indexOf('Amount received');
      const paidInMonth = orders
        .filter((r) => inMonth(r[paidOn]!))
        .reduce((n, r) => n + kopecks(r[amount]), 0);
      expect(paidInMonth, `${format}: orders sheet`).toBe(reports.revenue);

      // The losses sheet: costs add up to the register's, recoveries to the money back in the month.
      const [lossHead, ...lines] = sheets['Refunds and losses']!;
      const cost = lossHead!.indexOf('Cost');
      const back = lossHead!.indexOf('Recovered');
      expect(
        lines.reduce((n, r) => n + kopecks(r[cost]), 0),
        `${format}: cost lines`,
      ).toBe(register.totals.costs);
      expect(
        lines.reduce((n, r) => n + kopecks(r[back]), 0),
        `${format}: recoveries`,
      ).toBe(cameBackInMonth);
    }
  });
});
