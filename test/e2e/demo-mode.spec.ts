import type { Page } from '@playwright/test';
import { addCustomer } from './day';
import { expect, navigation, notification, OWNER, shot, statusBar, test } from './fixtures';
import { invoke } from './shop';

// Issue 16, point 10: the demo shop is offered on first run, marked while it is loaded, and
// cleared in one step (a backup first); a shop with data of its own is not offered it.

async function fillSetup(page: Page) {
  await page.getByLabel(/^(Your name|Ваше имя)$/).fill(OWNER.ownerName);
  await page.getByLabel(/^PIN$/).fill(OWNER.pin);
  await page.getByLabel(/^(PIN again|PIN ещё раз)$/).fill(OWNER.pin);
  await page.getByLabel(/^(Shop name|Название магазина)$/).fill(OWNER.shopName);
}

test('first run offers a demo shop; it is marked while loaded and cleared in one step after a backup', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await expect(page.getByRole('heading', { name: 'Welcome to ShopDesk' })).toBeVisible();
  await fillSetup(page);
  await expect(page.getByTestId('demo-offer')).toContainText('Just looking?');
  await shot(page, 'first-run-demo-offer');
  await page.getByRole('button', { name: 'Try with a demo shop' }).scrollIntoViewIfNeeded();
  await shot(page, 'first-run-demo-buttons');
  await page.getByRole('button', { name: 'Try with a demo shop' }).click();

  const marker = page.getByTestId('demo-marker');
  await expect(statusBar(page).getByText(OWNER.ownerName)).toBeVisible({ timeout: 120_000 });
  await expect(marker).toHaveText('Demo data');
  expect((await invoke(page, 'customers.list', { limit: 1 })).total).toBeGreaterThan(100);
  await shot(page, 'demo-marker');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Demo data' });
  await expect(section.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
  await expect(section.getByTestId('demo-loaded')).toContainText('takes a backup first');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'settings-demo-loaded');
  await section.getByRole('button', { name: 'Clear demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the demo data?' });
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await shot(page, 'settings-demo-clear-confirm');
  await dialog.getByRole('button', { name: 'Back up and clear' }).click();
  await expect(
    notification(page, /Demo data cleared\. The shop is empty; the backup taken first is shopdesk-backup-/),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(marker).toHaveCount(0);
  expect((await invoke(page, 'customers.list', { limit: 1 })).total).toBe(0);
  const [backup] = await invoke(page, 'backup.list', {});
  expect(backup!.counts.orders).toBeGreaterThan(1000);

  // Empty again: loading is offered; once the shop has data of its own it is not, and says why.
  await expect(section.getByRole('button', { name: 'Load demo data' })).toBeEnabled();
  await addCustomer(page, { name: 'A real customer', phones: [{ raw: '+7 916 123-45-67' }] });
  await expect(section.getByRole('button', { name: 'Load demo data' })).toBeDisabled();
  await expect(section.getByTestId('demo-unavailable')).toHaveText(
    'This shop already has customers, orders or couriers of its own, so demo data cannot be loaded into it.',
  );
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'settings-demo-has-data');
});

test('the demo offer and marker in Russian', async ({ page }) => {
  test.setTimeout(240_000);
  await expect(page.getByRole('heading', { name: 'Welcome to ShopDesk' })).toBeVisible();
  await page.getByRole('radiogroup').getByText('Русский').click();
  await fillSetup(page);
  await expect(page.getByTestId('demo-offer')).toContainText('Просто смотрите?');
  await shot(page, 'ru-first-run-demo-offer');
  await page.getByRole('button', { name: 'Попробовать на демо-магазине' }).click();
  await expect(page.getByTestId('demo-marker')).toHaveText('Демо-данные', { timeout: 120_000 });
  await shot(page, 'ru-demo-marker');
  await navigation(page).getByRole('link', { name: 'Настройки' }).click();
  const section = page.getByRole('region', { name: 'Демо-данные' });
  await expect(section.getByRole('button', { name: 'Удалить демо-данные' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'ru-settings-demo-loaded');
});
