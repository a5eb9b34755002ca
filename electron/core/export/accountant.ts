import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { csvMoney, csvText, type CsvCell, type CsvDialect } from '../../../shared/domain/csv';
import { currencyDigits } from '../../../shared/domain/money';
import type { Language } from '../../../shared/domain/settings';
import { codeNames, type Codes } from '../../../shared/i18n/codes';
import { fsyncFile, writeFileAtomic } from '../files';
import { exportLabels, type ExportLabels } from './labels';
import { writeXlsx } from './xlsx-writer';

/** A handover as it counts: its latest correction (migration 0007), or as first typed. */
const HANDED = `coalesce((select c.amount from courier_cash_corrections c where c.cash_id = x.id order by c.id desc limit 1), x.handed_over)`;

/** A cost line's own day (migration 0011): for a recovery, the day the money came back. */
const LINE_DAY = `coalesce(k.day, i.happened_on)`;

/** The recoveries whose money came in the period, each on its day (`back`: day, amount). */
const RECOVERIES = `back as (select ${LINE_DAY} as day, k.amount from incident_costs k join incidents i on i.id = k.incident_id
  where k.kind = 'recovery' and k.voided_at is null and i.archived_at is null
    and ${LINE_DAY} between $from and $to),`;

// The accountant's package for a period: one XLSX workbook, or the same sheets as CSV files in a
// zip in the dialect the accountant's Excel opens as columns. Runs in the file worker on its own read connection (one read transaction: one point in
// time). Written under a temp name and renamed when complete.

export interface ExportTask {
  databasePath: string;
  outPath: string;
  format: 'xlsx' | 'csv';
  csvDialect: CsvDialect;
  from: string;
  to: string;
  currency: string;
  language: Language;
}

type Progress = (step: string, done: number, total: number) => void;
/** A cell as the database gives it. */
type Cell = string | number | null;

interface Sheet {
  name: string;
  headers: string[];
  /** Columns holding money (minor units in the data, shown in major units). */
  money: number[];
  dates: number[];
  /** Columns holding codes, written as their names in the shop's language. */
  names?: Record<number, Record<string, string>>;
  rows: () => Iterable<Cell[]>;
}

function sheets(db: Database.Database, task: ExportTask, labels: ExportLabels, codes: Codes): Sheet[] {
  const period = { from: task.from, to: task.to };
  const q = (sql: string) => () => db.prepare(sql).raw().iterate(period) as Iterable<Cell[]>;
  return [
    {
      name: labels.sheets.summary,
      headers: labels.summary,
      money: [2, 3, 4, 5, 6, 7],
      dates: [],
      // One grouped pass per table (a correlated sub-select per month rescanned the year 36 times).
      rows: q(`with ${RECOVERIES}
          o as (select substr(ordered_on, 1, 7) as m, count(*) as n, sum(total) as total
                from orders where ordered_on between $from and $to group by 1),
          r as (select substr(paid_on, 1, 7) as m, sum(amount_received) as received
                from orders where paid_on between $from and $to group by 1),
          i as (select substr(happened_on, 1, 7) as m, sum(costs) as costs
                from incidents where happened_on between $from and $to and archived_at is null group by 1),
          b as (select substr(day, 1, 7) as m, sum(amount) as recovered from back group by 1),
          x as (select substr(x.day, 1, 7) as m, sum(${HANDED} - x.expected) as diff
                from courier_cash x where x.day between $from and $to group by 1),
          months as (select m from o union select m from r union select m from i union select m from b
                     union select m from x)
        select months.m, coalesce(o.n, 0), coalesce(o.total, 0), coalesce(r.received, 0), coalesce(i.costs, 0),
          coalesce(b.recovered, 0), coalesce(i.costs, 0) - coalesce(b.recovered, 0), coalesce(x.diff, 0)
        from months left join o on o.m = months.m left join r on r.m = months.m left join i on i.m = months.m
          left join b on b.m = months.m left join x on x.m = months.m
        order by months.m`),
    },
    {
      name: labels.sheets.orders,
      headers: labels.orders,
      money: [3, 4, 5, 8],
      dates: [1, 9, 11],
      names: { 6: codes.paymentMethod, 7: codes.paymentStatus, 10: codes.orderStatus },
      // The orders taken in the period and those paid in it (taken before): the rows whose Paid on
      // falls in the period add up to the summary's Amount received.
      // Names from a map read once: joining a customer per row cost 1.5 s of a bench year's 882k.
      rows: function* () {
        const names = new Map(
          db.prepare('select id, name from customers').raw().iterate() as Iterable<[number, string]>,
        );
        const columns = `o.number, o.ordered_on, o.customer_id, o.items_total, o.delivery_fee, o.total,
            o.payment_method, o.payment_status, o.amount_received, o.paid_on, o.status, o.delivery_date`;
        const taken = q(`select ${columns} from orders o where o.ordered_on between $from and $to
          order by o.ordered_on, o.id`);
        const paidLater = q(`select ${columns} from orders o
          where o.paid_on between $from and $to and o.ordered_on < $from order by o.paid_on, o.id`);
        for (const rows of [taken, paidLater]) {
          for (const row of rows()) {
            row[2] = names.get(row[2] as number) ?? null;
            yield row;
          }
        }
      },
    },
    {
      name: labels.sheets.losses,
      headers: labels.losses,
      money: [8, 9],
      dates: [1, 11],
      names: { 2: codes.incidentCause, 3: codes.fault, 4: codes.incidentStatus, 7: codes.costKind },
      // Costs by their incident's day (as Reports and the register count them); a recovery by the
      // day its money came back, whatever month the incident was in.
      rows: q(`select i.id, i.happened_on, i.cause, i.fault, i.status, c.name, o.number, k.kind,
          case when k.kind = 'recovery' then 0 else k.amount end, case when k.kind = 'recovery' then k.amount else 0 end, k.note,
          ${LINE_DAY}
        from incident_costs k join incidents i on i.id = k.incident_id
          left join customers c on c.id = i.customer_id left join orders o on o.id = i.order_id
        where i.archived_at is null and k.voided_at is null
          and (case when k.kind = 'recovery' then ${LINE_DAY} else i.happened_on end) between $from and $to
        order by case when k.kind = 'recovery' then ${LINE_DAY} else i.happened_on end, i.id, k.id`),
    },
    {
      name: labels.sheets.cash,
      headers: labels.cash,
      money: [2, 3, 4],
      dates: [0],
      rows: q(`select x.day, r.name, x.expected, ${HANDED}, ${HANDED} - x.expected, x.note
        from courier_cash x join couriers r on r.id = x.courier_id
        where x.day between $from and $to order by x.day, r.name, x.id`),
    },
  ];
}

/**
 * A sheet's rows as written: codes replaced by their names (an unknown code stays as it is),
 * money and dates through the format's own conversion. In place, in one pass per row: a year's
 * 880k rows went through two generators and two `includes` per cell before (a second of the
 * export).
 */
function* writtenRows<Written>(
  sheet: Sheet,
  convert: { money: (minor: number) => Written; date: (day: string) => Written },
): Generator<(Cell | Written)[]> {
  const MONEY = 1;
  const DATE = 2;
  const kinds = sheet.headers.map((_, c) =>
    sheet.money.includes(c) ? MONEY : sheet.dates.includes(c) ? DATE : 0,
  );
  const names = sheet.headers.map((_, c) => sheet.names?.[c]);
  for (const row of sheet.rows() as Iterable<(Cell | Written)[]>) {
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      const kind = kinds[c];
      if (kind === MONEY) row[c] = convert.money(value as number);
      else if (kind === DATE) row[c] = convert.date(value as string);
      else if (typeof value === 'string') {
        const named = names[c]?.[value];
        if (named !== undefined) row[c] = named;
      }
    }
    yield row;
  }
}

/**
 * A calendar day as Excel's day number (days since 1899-12-30), which a cell with a date format
 * shows as that day. Cached: a year's rows repeat some 365 dates.
 */
const excelSerials = new Map<string, number>();
function excelDate(iso: string): number {
  let serial = excelSerials.get(iso);
  if (serial === undefined) {
    serial = Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
    excelSerials.set(iso, serial);
  }
  return serial;
}

async function writeWorkbook(
  list: Sheet[],
  task: ExportTask,
  labels: ExportLabels,
  temp: string,
  progress: Progress,
) {
  const digits = currencyDigits(task.currency);
  const scale = 10 ** digits;
  const moneyFormat = `#,##0${digits > 0 ? '.' + '0'.repeat(digits) : ''} [$${task.currency}]`;
  await writeXlsx(
    temp,
    list.map((sheet) => ({
      name: sheet.name,
      headers: sheet.headers,
      styles: sheet.headers.map((_, c) =>
        sheet.money.includes(c) ? 'money' : sheet.dates.includes(c) ? 'date' : 'text',
      ),
      rows: writtenRows(sheet, { money: (minor) => minor / scale, date: excelDate }),
      totals: { label: labels.total, columns: sheet.money },
    })),
    {
      moneyFormat,
      moneyDigits: digits,
      onSheet: (index) => progress(list[index]!.name, index, list.length),
    },
  );
}

function writeCsvZip(list: Sheet[], task: ExportTask, progress: Progress) {
  const files: Record<string, Uint8Array> = {};
  for (const [index, sheet] of list.entries()) {
    progress(sheet.name, index, list.length);
    const rows = writtenRows<CsvCell>(sheet, {
      money: (minor) => csvMoney(minor, task.currency),
      date: (day) => day,
    });
    // Dates stay ISO text ("2026-11-23"), which Excel reads as a date in every locale.
    files[`${index + 1}-${sheet.name}.csv`] = strToU8(csvText([sheet.headers, ...rows], task.csvDialect));
  }
  writeFileAtomic(task.outPath, zipSync(files, { level: 6 }));
}

export async function accountantExport(task: ExportTask, progress: Progress = () => {}) {
  const db = new Database(task.databasePath, { readonly: true, fileMustExist: true });
  const temp = `${task.outPath}.part-${process.pid}`;
  try {
    db.pragma('busy_timeout = 5000');
    // A bigger page cache for the year's orders pages, and the file mapped into memory so its
    // pages are read without a system call and a copy each (about a second of a bench year).
    // Mapped pages count in the process's resident memory while used, but they are the OS's
    // file cache, given back under pressure — not memory the export holds.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 2147483648');
    // One read transaction for all sheets: the counts, totals and rows agree.
    db.exec('begin');
    const labels = exportLabels(task.language);
    const list = sheets(db, task, labels, codeNames(task.language));
    const counts = db
      .prepare(
        `select (select count(*) from orders where ordered_on between $from and $to) as orders,
           (select count(*) from incidents where happened_on between $from and $to and archived_at is null) as incidents`,
      )
      .get({ from: task.from, to: task.to }) as { orders: number; incidents: number };
    if (task.format === 'xlsx') {
      await writeWorkbook(list, task, labels, temp, progress);
      fsyncFile(temp);
      renameSync(temp, task.outPath);
    } else writeCsvZip(list, task, progress);
    db.exec('commit');
    progress('done', list.length, list.length);
    return { path: task.outPath, ...counts };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
