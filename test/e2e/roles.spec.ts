import { expect, navigation, notification, OWNER, setUpShop, shot, statusBar, test } from './fixtures';

test('an operator sees the owner-only settings and is refused by main when trying them', async ({ page }) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Staff' })).toBeVisible();
  await expect(page.getByText('So far only you.', { exact: false })).toBeVisible();
  await shot(page, 'settings-owner');
  await page.getByRole('heading', { name: 'Risk rules' }).scrollIntoViewIfNeeded();
  await shot(page, 'settings-owner-risk');

  // The owner adds an operator without a PIN: she signs in by picking her name.
  const addForm = page.getByRole('form', { name: 'Add an operator' });
  await addForm.getByLabel('Name').fill('Olga');
  await addForm.getByRole('button', { name: 'Add operator' }).click();
  await expect(notification(page, 'Olga was added and can sign in now.')).toBeVisible();
  const staffTable = page.getByRole('table', { name: 'Staff' });
  await expect(staffTable.getByRole('row', { name: /Olga/ })).toContainText('Operator');
  await page.getByRole('heading', { name: 'Demo data' }).scrollIntoViewIfNeeded();
  await shot(page, 'settings-owner-staff');

  await statusBar(page).getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await page.getByRole('button', { name: /Olga/ }).click();
  await expect(page.getByText('Olga signs in without a PIN.')).toBeVisible();
  await shot(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(statusBar(page).getByText('Olga')).toBeVisible();
  await expect(statusBar(page).getByText('Operator', { exact: true })).toBeVisible();
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('You are signed in as an operator.', { exact: false })).toBeVisible();

  // Saving the shop's settings is the owner's: main answers FORBIDDEN and the UI says so.
  await page.getByLabel('Shop name').fill('Olga’s shop');
  await page.getByRole('button', { name: 'Save shop settings' }).click();
  await expect(notification(page, 'Only the owner can do this.')).toBeVisible();
  await expect(page.getByLabel('Shop name')).toHaveValue('Olga’s shop');
  await expect(statusBar(page).getByText(OWNER.shopName)).toBeVisible();

  // So is loading demo data, asked through its confirmation dialog.
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page
    .getByRole('dialog', { name: 'Load demo data?' })
    .getByRole('button', { name: 'Load it' })
    .click();
  await expect(notification(page, 'Only the owner can do this.')).toHaveCount(2);
  await shot(page, 'settings-operator-refused');
});

test('a wrong PIN is shown beside the PIN field and the right one signs in', async ({ page }) => {
  await setUpShop(page);
  await statusBar(page).getByRole('button', { name: 'Switch user' }).click();
  await page.getByRole('button', { name: new RegExp(OWNER.ownerName) }).click();

  const pin = page.getByLabel(`PIN for ${OWNER.ownerName}`);
  await pin.fill('0000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong PIN.')).toBeVisible();
  await expect(pin).toHaveAccessibleDescription('Wrong PIN.');

  await pin.fill(OWNER.pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(statusBar(page).getByText(OWNER.ownerName)).toBeVisible();
});
