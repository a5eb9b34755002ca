import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { BUSY_WINDOWS as WINDOWS, busyDay, DAY, openDay } from './day';

test('a 78-order day: own drivers first, the day by window, and a compact view that fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpShop(page);
  const { yuri, zakhar, boris, alfa } = await busyDay(page);
  await openDay(page, 'Plan', DAY);
  const board = page.getByTestId('plan-board');
  await expect(board.getByTestId('stop')).toHaveCount(78);

  const columns = board.getByTestId('plan-column');
  await expect(columns).toHaveCount(5);
  const order = await columns.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-courier-id')));
  expect(order).toEqual(['none', yuri.id, zakhar.id, boris.id, alfa.id].map(String));

  // Across every column: 26 orders in each window, each collecting RUB 1,500.
  const totals = page.getByTestId('window-total');
  // The shop's four windows; nobody ordered for the evening one.
  await expect(totals).toHaveCount(4);
  for (const w of WINDOWS) {
    const total = page.locator(`[data-testid="window-total"][data-window="${w.from}-${w.to}"]`);
    await expect(total).toContainText(`${w.from}–${w.to}: 26 · RUB 39,000`);
  }
  await expect(totals.last()).toHaveText('20:00–22:00: 0');
  const roomy = (await board.boundingBox())!;
  await shot(page, 'busy-board-roomy');

  await page.getByLabel('Compact view').check();
  await expect(board.locator('[data-compact="true"]')).toHaveCount(78);
  const compact = (await board.boundingBox())!;
  // Measured, not timed: the compact board needs well under half the height, and no sideways scroll.
  expect(compact.height).toBeLessThan(roomy.height / 2);
  const sideways = await board.evaluate((node) => node.scrollWidth - node.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  await shot(page, 'busy-board-compact');

  // Remembered: the next start opens compact.
  await page.reload();
  await openDay(page, 'Plan', DAY);
  await expect(page.getByLabel('Compact view')).toBeChecked();
  await expect(board.locator('[data-compact="true"]')).toHaveCount(78);

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  await expect(page.getByLabel('Компактный вид')).toBeChecked();
  await expect(page.getByTestId('window-total').first()).toContainText('11:00–14:00: 26');
  await shot(page, 'busy-board-compact-ru');
});
