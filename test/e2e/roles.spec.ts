import { expect, navigation, notification, OWNER, setUpShop, shot, statusBar, test } from './fixtures';

test('an operator sees the owner-only settings read-only, with a notice, and demo data off with the reason', async ({
  page,
}) => {
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

  // The shop's settings are the owner's: the operator sees them read-only, told before, with
  // no Save to be refused on. Main refuses anyway (integration tests).
  await expect(page.getByTestId('settings-read-only')).toHaveText(
    'The shop’s settings are the owner’s: you see them as they are, but cannot change them.',
  );
  await expect(page.getByLabel('Shop name')).toBeDisabled();
  await expect(page.getByLabel('Shop name')).toHaveValue(OWNER.shopName);
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save shop settings' })).toHaveCount(0);
  await shot(page, 'settings-operator-read-only');

  // So is demo data: the button is off and says why.
  const demo = page.getByRole('region', { name: 'Demo data' });
  await expect(demo.getByRole('button', { name: 'Load demo data' })).toBeDisabled();
  await expect(demo.getByTestId('demo-unavailable')).toHaveText('Only the owner loads or clears demo data.');
  await demo.scrollIntoViewIfNeeded();
  await shot(page, 'settings-operator-demo');

  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await expect(page.getByTestId('settings-read-only')).toContainText('Настройки магазина меняет владелец');
  await page.getByTestId('settings-read-only').scrollIntoViewIfNeeded();
  await shot(page, 'ru-settings-operator-read-only');
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
