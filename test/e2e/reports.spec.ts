import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { localDate } from '../../shared/domain/dates';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { invoke, switchUser } from './shop';

// Issue 6: the Reports screen on the demo shop. Periods in the address, totals against the
// core's own answer, a bar through to the incidents behind it, a chart's CSV, and the owner-only
// rule. Every wait is on the screen's own signal (data-ready flips when every query answered).

async function openReports(page: Page) {
  await navigation(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 2 })).toBeVisible();
}

function screen(page: Page) {
  return page.getByTestId('reports-screen');
}

/** A choice of the period picker: its radios are hidden under their labels, as in any segmented control. */
async function pick(page: Page, name: string) {
  await page.getByTestId('period-picker').getByText(name, { exact: true }).click();
  await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
}

async function ready(page: Page) {
  await expect(screen(page)).toHaveAttribute('data-ready', 'true');
}

/** "RUB 322,659.84" → 32265984 (minor units: this shop's currency has two digits). */
function minorOf(text: string): number {
  const match = /(-?)([\d,\s\u00a0\u202f]+)(?:\.(\d{2}))?/.exec(text);
  if (!match) throw new Error(`No amount in "${text}"`);
  return Number(`${match[1]}${match[2]!.replace(/\D/g, '')}${match[3] ?? '00'}`);
}

async function numberIn(locator: Locator): Promise<number> {
  return Number((await locator.innerText()).replace(/\D/g, ''));
}

test('the owner reads the reports on the demo shop: periods, a bar’s incidents, a chart’s CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpShop(page);
  await invoke(page, 'demo.load', {});
  const settings = await invoke(page, 'settings.get', {});
  const today = localDate(Date.now(), settings.timeZone);

  await openReports(page);
  await ready(page);
  // The default is the last twelve months by month, with the core's totals on screen.
  await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Month', exact: true })).toBeChecked();
  const monthStart = `${today.slice(0, 7)}-01`;
  const yearFrom = (() => {
    const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 11;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  })();
  const year = await invoke(page, 'reports.period', {
    period: { from: yearFrom, to: today, granularity: 'month' },
    compare: true,
  });
  expect(year.current.totals.count).toBeGreaterThan(50);
  await expect(page.getByTestId('total-incidents-value')).toHaveText(String(year.current.totals.count));
  await expect(page.getByTestId('total-net-value')).toHaveText(/\d/);
  expect(minorOf(await page.getByTestId('total-net-value').innerText())).toBe(year.current.totals.net);
  await expect(page.locator('[data-chart="causes"] path.report-bars-series').first()).toBeVisible();
  await shot(page, 'reports-last-12-months');

  // This month: weeks are suggested, the address keeps the choice, the totals follow.
  await pick(page, 'This month');
  await expect(page).toHaveURL(/period=thisMonth/);
  await ready(page);
  await expect(page.getByRole('radio', { name: 'Week', exact: true })).toBeChecked();
  const month = await invoke(page, 'reports.period', {
    period: { from: monthStart, to: today, granularity: 'week' },
    compare: true,
  });
  expect(month.current.totals.count).toBeLessThan(year.current.totals.count);
  await expect(page.getByTestId('total-incidents-value')).toHaveText(String(month.current.totals.count));
  expect(minorOf(await page.getByTestId('total-revenue-value').innerText())).toBe(
    month.current.totals.revenue,
  );
  await shot(page, 'reports-this-month');

  // Back to the year (the address restores it after a reload too).
  await pick(page, 'Last 12 months');
  await ready(page);
  await expect(page.getByTestId('total-incidents-value')).toHaveText(String(year.current.totals.count));

  // A cause's piece of a month's bar opens that cause's incidents of that month: their net loss
  // is the amount in the table under the chart.
  // (The largest incident cause: failed delivery attempts, "repeat_delivery", have a drill of their own.)
  const biggest = year.current.byCause.find((row) => row.cause !== 'repeat_delivery')!;
  const causes = page.getByTestId('report-causes');
  const piece = causes.locator(`path.report-bars-series[data-series="${biggest.cause}"]`);
  // The whole chart in the middle of the window: a piece near its foot could otherwise sit under
  // the fixed status bar, where a click lands on the bar instead.
  await causes
    .locator('[data-chart="causes"] svg.recharts-surface')
    .first()
    .evaluate((node) => node.scrollIntoView({ block: 'center' }));
  // The path draws every month's piece; its first "M x,y h w v h" is the earliest month's.
  const [x, y, w, h] = /^M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)/
    .exec((await piece.getAttribute('d'))!)!
    .slice(1)
    .map(Number);
  const svg = (await causes.locator('[data-chart="causes"] svg.recharts-surface').first().boundingBox())!;
  await page.mouse.click(svg.x + x! + w! / 2, svg.y + y! + h! / 2);
  const bucket = year.current.buckets.find((b) => (b.byCause[biggest.cause] ?? 0) !== 0)!;
  const causeName = await causes.locator(`tr[data-cause="${biggest.cause}"] th`).innerText();
  const causeDrawer = page.getByRole('dialog', { name: causeName.trim() });
  await expect(causeDrawer.getByTestId('drill')).toHaveAttribute('aria-busy', 'false');
  expect(minorOf(await causeDrawer.getByTestId('drill-net').innerText())).toBe(bucket.byCause[biggest.cause]);
  const cell = causes
    .locator(`tr[data-cause="${biggest.cause}"] td`)
    .nth(1 + year.current.buckets.indexOf(bucket));
  expect(minorOf(await cell.innerText())).toBe(bucket.byCause[biggest.cause]);
  await page.keyboard.press('Escape');
  await expect(causeDrawer).toHaveCount(0);

  // A fault's bar opens the incidents behind it: as many as its row in the table says.
  const breakdown = page.getByTestId('report-breakdown');
  await breakdown.scrollIntoViewIfNeeded();
  const firstRow = breakdown.getByTestId('breakdown-row').first();
  const rowCount = await numberIn(firstRow.getByTestId('breakdown-count'));
  const rowName = await firstRow.getByRole('rowheader').innerText();
  expect(rowCount).toBe(year.current.byFault[0]!.count);
  await breakdown.locator('[data-chart="fault"] .recharts-bar-rectangle').first().click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`Fault: ${rowName}`) });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('drill')).toHaveAttribute('aria-busy', 'false');
  // The row counts incidents and failed delivery attempts; the drawer lists each kind apart.
  const attempts = await invoke(page, 'losses.attempts', {
    fault: year.current.byFault[0]!.fault,
    from: year.current.from,
    to: year.current.to,
  });
  const incidentCount = rowCount - attempts.total;
  await expect(drawer.getByTestId('drill-count')).toHaveText(String(incidentCount));
  expect(minorOf(await drawer.getByTestId('drill-net').innerText())).toBe(
    year.current.byFault[0]!.net - attempts.amount,
  );
  await expect(drawer.getByTestId('drill-row')).toHaveCount(Math.min(incidentCount, 50));
  if (attempts.total > 0)
    await expect(drawer.getByTestId('drill-attempts-count')).toHaveText(
      attempts.total.toLocaleString('en-US'),
    );
  await shot(page, 'reports-drawer');

  // Each row opens its incident.
  const firstIncident = drawer.getByTestId('drill-row').first().getByRole('link');
  await firstIncident.click();
  await expect(page).toHaveURL(/#\/incidents\/\d+$/);
  await page.goBack();
  await ready(page);

  // The CSV of the fault chart: a BOM, a header, one row per bar and a total equal to the table's.
  await breakdown.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    breakdown.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`shopdesk-losses-by-fault-${yearFrom}-${today}.csv`);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Fault,Cases,"Costs, RUB","Recovered, RUB","Net loss, RUB"');
  const body = lines.slice(1, -1).map((line) => line.split(','));
  const totalLine = lines.at(-1)!.split(',');
  expect(totalLine[0]).toBe('Total');
  expect(body).toHaveLength(year.current.byFault.length);
  const sum = (column: number) => body.reduce((n, cells) => n + Math.round(Number(cells[column]) * 100), 0);
  expect(sum(1) / 100).toBe(Number(totalLine[1]));
  expect(sum(4)).toBe(Math.round(Number(totalLine[4]) * 100));
  expect(Number(totalLine[1])).toBe(await numberIn(breakdown.getByTestId('breakdown-total-count')));
  expect(Math.round(Number(totalLine[4]) * 100)).toBe(
    minorOf(await breakdown.getByTestId('breakdown-total-net').innerText()),
  );

  // Profitability: the classes the core counted, and a row that opens its customer.
  const profit = page.getByTestId('report-profit');
  await profit.scrollIntoViewIfNeeded();
  const classes = await invoke(page, 'reports.profitability', { order: 'profit_asc', limit: 1 });
  await expect(profit.getByTestId('profit-classes')).toContainText(
    `Loss-making: ${classes.classes.loss_making}`,
  );
  await expect(
    profit.locator('[data-chart="profit"] path.report-points-class[data-class="loss_making"]'),
  ).toBeVisible();
  await shot(page, 'reports-profitability');
  const worst = classes.rows[0]!;
  await profit.getByRole('table', { name: 'Customers by profit' }).getByRole('row').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${worst.id}$`));
});

test('a custom period the core refuses is explained beside its field, and an empty shop says what to do', async ({
  page,
}) => {
  await setUpShop(page);
  await openReports(page);
  const empty = page.getByTestId('reports-empty');
  await expect(empty).toHaveAttribute('data-scope', 'shop');
  await expect(empty).toContainText('Nothing to report yet');
  await expect(empty.getByRole('link', { name: 'Load demo data in Settings' })).toBeVisible();
  await shot(page, 'reports-empty');

  await pick(page, 'Custom');
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await from.fill('2026-03-10');
  await to.fill('2026-03-01');
  await expect(to).toHaveAccessibleDescription('The start is after the end');
  await expect(page).toHaveURL(/period=custom&from=2026-03-10&to=2026-03-01/);

  await from.fill('2010-01-01');
  await to.fill('2026-03-01');
  await expect(from).toHaveAccessibleDescription('A report covers at most 10 years');
  await expect(to).not.toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'reports-custom-refused');

  // A valid period: the errors go, and the bars follow its length (weeks up to three months).
  await from.fill('2026-01-01');
  await expect(screen(page)).toHaveAttribute('data-ready', 'true');
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('radio', { name: 'Week', exact: true })).toBeChecked();
  await from.fill('2025-06-01');
  await expect(page.getByRole('radio', { name: 'Month', exact: true })).toBeChecked();
  await expect(screen(page)).toHaveAttribute('data-ready', 'true');

  // The navigation's link starts Reports afresh, even from Reports itself.
  await openReports(page);
  await expect(page.getByRole('radio', { name: 'Last 12 months', exact: true })).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveCount(0);
  await expect(page).not.toHaveURL(/period=/);
});

test('an operator does not see Reports in the navigation or the palette, and is refused at its address', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await expect(navigation(page).getByRole('link', { name: 'Reports' })).toBeVisible();
  await switchUser(page, 'Olga');

  await expect(navigation(page).getByRole('link', { name: 'Incidents' })).toBeVisible();
  await expect(navigation(page).getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  await page.getByPlaceholder('Search screens and actions…').fill('report');
  await expect(page.getByText('No screen or action by that name')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(`${page.url().split('#')[0]}#/reports`);
  await expect(page.getByTestId('reports-forbidden')).toContainText('only the owner sees them');
  await expect(page.getByTestId('reports-screen')).toHaveCount(0);
});
