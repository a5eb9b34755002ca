import type { Locator, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, localDate } from '../../shared/domain/dates';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { invoke } from './shop';

// Issue 16.8 and 18.6 through the UI: an order keyed in after the fact carries the day it was
// placed, and the accountant's package comes in the format the shop's Excel opens — the CSV
// dialect of the shop's language offered first, in English and in Russian.

const HOSTILE = '=HYPERLINK("http://x","y")';

async function expectNames(radios: Locator, names: string[]) {
  await expect(radios).toHaveCount(names.length);
  for (const [i, name] of names.entries()) await expect(radios.nth(i)).toHaveAccessibleName(name);
}

async function formatChoices(page: Page) {
  const form = page.getByRole('form', { name: /Export for the accountant|Выгрузка для бухгалтера/ });
  await expect(form).toBeVisible();
  return form.getByRole('radiogroup', { name: /^(Format|Формат)$/ }).getByRole('radio');
}

test('an order keyed in last month falls in last month’s package; CSV for Russian Excel in a Russian shop', async ({
  page,
  dataDir,
}) => {
  await setUpShop(page);
  const today = localDate(Date.now(), 'Europe/Moscow');
  const lastMonth = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-15`;
  await invoke(page, 'customers.create', { name: HOSTILE, phones: [{ raw: '+7 903 111-22-33' }] });

  // The order form: "Ordered on" starts at today and refuses a day after it.
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  await expect(form.getByLabel('Ordered on')).toHaveValue(today);
  await form.getByLabel('Order number').fill('K-1');
  await form.getByRole('combobox', { name: 'Customer' }).fill('2233');
  await page.getByRole('option', { name: /HYPERLINK/ }).click();
  await form.getByLabel('Item 1: title').fill('Linen sheet');
  await form.getByLabel('Item 1: unit price').fill('4500');
  await form.getByLabel('Delivery address').fill('ул. Мира, 7');
  await form.getByLabel('Ordered on').fill(addDays(today, 1));
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByLabel('Ordered on')).toHaveAccessibleDescription(/Not after today/);
  await form.getByLabel('Ordered on').fill(lastMonth);
  await shot(page, 'order-ordered-on');
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(page.getByRole('heading', { name: 'Order K-1' })).toBeVisible();

  // An English shop: the workbook, then CSV with commas, then CSV for Russian Excel.
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Export for the accountant' }).click();
  const en = await formatChoices(page);
  await expectNames(en, ['Excel workbook (.xlsx)', 'CSV (comma)', 'CSV for Excel (Russian)']);
  await expect(en.first()).toBeChecked();
  await shot(page, 'export-formats-en');

  // A Russian shop speaking Russian: its own dialect comes second; last month's package has the order.
  await invoke(page, 'settings.update', { language: 'ru' });
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await page.getByRole('link', { name: 'Выгрузка для бухгалтера' }).click();
  const ru = await formatChoices(page);
  await expectNames(ru, ['Книга Excel (.xlsx)', 'CSV для Excel (русский)', 'CSV (запятая)']);
  await ru.nth(1).check();
  await shot(page, 'export-formats-ru');
  await page.getByRole('button', { name: 'Выгрузить' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText('Заказы: 1');
  await shot(page, 'export-result-ru');
  const fileName = await result.getByTestId('export-file').innerText();
  expect(fileName).toMatch(new RegExp(`^accountant-${lastMonth.slice(0, 7)}-01-.*\\.csv\\.zip$`));
  const orders = strFromU8(unzipSync(readFileSync(join(dataDir, 'exports', fileName)))['2-Заказы.csv']!);
  expect(orders.split('\r\n')[1]).toBe(
    `K-1;${lastMonth};"'${HOSTILE.replaceAll('"', '""')}";4500,00;0,00;4500,00;Наличные курьеру;Не оплачен;0,00;;Новый;`,
  );
});
