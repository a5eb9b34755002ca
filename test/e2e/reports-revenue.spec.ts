import type { Page } from '@playwright/test';
import { localDate } from '../../shared/domain/dates';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { invoke } from './shop';

// Issue 16, point 2: Reports say what their revenue counts, in both languages, and the figure is
// the core's money received for the period.

async function ready(page: Page) {
  await expect(page.getByTestId('reports-screen')).toHaveAttribute('data-ready', 'true');
}

test('Reports state what revenue counts, in English and in Russian', async ({ page }) => {
  test.setTimeout(180_000);
  await setUpShop(page);
  await invoke(page, 'demo.load', {});
  const settings = await invoke(page, 'settings.get', {});
  const today = localDate(Date.now(), settings.timeZone);

  await navigation(page).getByRole('link', { name: 'Reports' }).click();
  await ready(page);
  await expect(page.getByTestId('total-revenue-means')).toHaveText(
    'Money received, on the day it came: prepayments included, refunds taken back.',
  );
  await shot(page, 'revenue-reports-en');
  const profit = page.getByTestId('report-profit');
  await profit.scrollIntoViewIfNeeded();
  await expect(profit).toContainText('money received from them, prepayments included, refunds taken back');
  await shot(page, 'revenue-profitability-en');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'Отчёты' }).click();
  await ready(page);
  await expect(page.getByTestId('total-revenue-means')).toHaveText(
    'Полученные деньги, в день поступления: с предоплатами, за вычетом возвратов.',
  );
  await shot(page, 'revenue-reports-ru');
  await page.getByTestId('report-profit').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('report-profit')).toContainText('полученные от него деньги');
  await shot(page, 'revenue-profitability-ru');
  expect(today).toMatch(/^\d{4}-/);
});
