import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { busyDay, DAY, openDay, stop } from './day';
import { invoke, switchUser } from './shop';

// Issue 15's done-when, walked as the operator: the evening before a 78-order day she opens the
// calls, lands on tomorrow, works the list by keyboard, and reads the compact board and one
// courier's route sheet, in English and Russian.

test.use({ shopNow: '2031-03-13T19:00:00+03:00' });

test('the operator’s evening before a 78-order day: tomorrow’s calls by keyboard, the board, a route sheet', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpShop(page);
  const { yuri } = await busyDay(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');

  await navigation(page).getByRole('link', { name: 'Day plan' }).click();
  await page.getByRole('radiogroup', { name: 'Part of the day' }).getByText('Confirmation calls').click();
  await expect(page).toHaveURL(new RegExp(`#/day-plan/calls\\?date=${DAY}$`));
  await expect(page.getByTestId('calls-for')).toContainText('Calls for tomorrow, ');
  const rows = page.getByTestId('call-row');
  await expect(rows).toHaveCount(78);
  await expect(page.getByTestId('calls-summary')).toContainText('Still to call: 78');

  // Three calls by keyboard: confirmed, confirmed, no answer; focus walks down the list.
  await rows.first().focus();
  await page.keyboard.press('1');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('1');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('2');
  await expect(page.getByTestId('calls-summary')).toContainText('Still to call: 76');
  await shot(page, 'operator-evening-calls');

  // The board for tomorrow in the compact view, and the first own driver's sheet.
  await openDay(page, 'Plan', DAY);
  await page.getByLabel('Compact view').check();
  await expect(page.getByTestId('plan-board').locator('[data-compact="true"]')).toHaveCount(78);
  // A confirmed stop says so by a dot, and its customer's name keeps nearly the room of an
  // unconfirmed one's (the status word used to squeeze it to a single letter).
  const confirmed = stop(page, 'B-1');
  await expect(confirmed.getByRole('img', { name: 'Confirmed' })).toBeVisible();
  const nameWidth = (number: string, name: string) =>
    stop(page, number)
      .getByText(name, { exact: true })
      .evaluate((node) => node.clientWidth);
  expect(await nameWidth('B-1', 'Customer 01')).toBeGreaterThan((await nameWidth('B-7', 'Customer 07')) - 24);
  await shot(page, 'operator-evening-board');
  await page.goto(`${page.url().split('#')[0]}#/print/route-sheet/${yuri.id}/${DAY}`);
  await expect(page.getByText('Yuri Driver').first()).toBeVisible();
  await shot(page, 'operator-evening-route-sheet');
  // The print page stands alone (no navigation): back to the app, as the browser's Back does.
  await page.goBack();

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await page.getByRole('radiogroup', { name: 'Часть дня' }).getByText('Звонки-подтверждения').click();
  await expect(page.getByTestId('calls-for')).toContainText('Звонки на завтра, ');
  await expect(page.getByTestId('calls-summary')).toContainText('76');
  await shot(page, 'operator-evening-calls-ru');
});
