import { expect, navigation, OWNER, setUpShop, shot, statusBar, test } from './fixtures';

test('first-run setup signs the owner in and opens the shell on the call desk', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to ShopDesk' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue(/Russia/);
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue(/RUB/);
  await shot(page, 'setup');

  await setUpShop(page);

  const bar = statusBar(page);
  await expect(bar.getByText(OWNER.ownerName)).toBeVisible();
  await expect(bar.getByText('Owner', { exact: true })).toBeVisible();
  await expect(bar.getByText(OWNER.shopName)).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Switch user' })).toBeVisible();
  for (const screen of [
    'Call desk',
    'Day plan',
    'Orders',
    'Customers',
    'Incidents',
    'Blocklist',
    'Reports',
    'Settings',
  ]) {
    await expect(navigation(page).getByRole('link', { name: screen })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Call desk', level: 2 })).toBeVisible();
  await expect(page.getByText('Who is calling, and what do they need?')).toBeVisible();
  await shot(page, 'shell-call-desk');
});

test('setup keeps what was typed and shows problems beside the fields', async ({ page }) => {
  await page.getByLabel('Your name').fill('Anna');
  await page.getByLabel('PIN', { exact: true }).fill('12');
  await page.getByLabel('PIN again').fill('13');
  await page.getByRole('button', { name: 'Create the shop and sign in' }).click();

  await expect(page.getByText('The PIN is 4 to 8 digits')).toBeVisible();
  await expect(page.getByText('The two PINs are not the same')).toBeVisible();
  await expect(page.getByText('Enter the shop name')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Anna');
  await expect(page.getByLabel('PIN', { exact: true })).toHaveValue('12');
});
