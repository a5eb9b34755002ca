import { expect, navigation, notification, setUpShop, shot, statusBar, test } from './fixtures';

test('shop settings save through main; its refusals appear beside the fields, typed text kept', async ({
  page,
}) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Shop' });

  // A window that ends before it starts: main's rule, shown beside "ends".
  await form.getByLabel('Window 1 starts').fill('14:00');
  await form.getByLabel('Window 1 ends').fill('11:00');
  await form.getByLabel('Average margin').fill('140');
  await form.getByRole('button', { name: 'Save shop settings' }).click();
  await expect(form.getByText('A window must end after it starts')).toBeVisible();
  await expect(form.getByLabel('Window 1 ends')).toHaveValue('11:00');
  await expect(form.getByLabel('Average margin')).toHaveValue('140');

  // Money typed in major units is read as minor units and shown back formatted.
  await form.getByLabel('Window 1 starts').fill('10:00');
  await form.getByLabel('Average margin').fill('35');
  await form.getByLabel('Shop name').fill('Linen & Co Moscow');
  await form.getByLabel('Signature confirmation above').fill('30000,50');
  await expect(form.getByText('Read as RUB 30,000.50.', { exact: false })).toBeVisible();
  await form.getByRole('button', { name: 'Save shop settings' }).click();
  await expect(notification(page, 'Shop settings saved.')).toBeVisible();
  await expect(statusBar(page).getByText('Linen & Co Moscow')).toBeVisible();

  // Reloaded from main, the amount comes back as the same number of kopecks.
  await page.reload();
  await expect(
    page.getByRole('form', { name: 'Shop' }).getByLabel('Signature confirmation above'),
  ).toHaveValue('30000.50');
});

test('keyboard: Alt+number jumps to a screen, Ctrl+Shift+P opens the command palette', async ({ page }) => {
  await setUpShop(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Day plan', level: 2 })).toBeVisible();
  await expect(page).toHaveTitle('Day plan — ShopDesk');
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  await page.keyboard.press('Control+Shift+P');
  const search = page.getByPlaceholder('Search screens and actions…');
  await expect(search).toBeVisible();
  await shot(page, 'command-palette');
  await search.fill('blockl');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Blocklist', level: 2 })).toBeVisible();
});
