import { expect, navigation, notification, OWNER, setUpShop, statusBar, test } from './fixtures';

test('the owner renames an operator, removes their PIN and deactivates them', async ({ page }) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Settings' }).click();

  const addForm = page.getByRole('form', { name: 'Add an operator' });
  await addForm.getByLabel('Name').fill('Boris');
  await addForm.getByLabel('PIN (optional)').fill('13');
  await addForm.getByRole('button', { name: 'Add operator' }).click();
  await expect(addForm.getByText('The PIN is 4 to 8 digits')).toBeVisible();
  await addForm.getByLabel('PIN (optional)').fill('1357');
  await addForm.getByRole('button', { name: 'Add operator' }).click();

  const table = page.getByRole('table', { name: 'Staff' });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('Boris')).toContainText('Set');
  await expect(addForm.getByLabel('Name')).toHaveValue('');

  await page.getByRole('button', { name: 'Actions for Boris' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Boris' });
  await rename.getByLabel('Name').fill('Boris K.');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(row('Boris K.')).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Boris K.' }).click();
  await page.getByRole('menuitem', { name: 'Remove PIN' }).click();
  await expect(notification(page, 'Boris K. now signs in without a PIN.')).toBeVisible();
  await expect(row('Boris K.')).toContainText('None');

  await page.getByRole('button', { name: 'Actions for Boris K.' }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await expect(row('Boris K.')).toContainText('Deactivated');

  // A deactivated person is no longer offered on the sign-in screen.
  await statusBar(page).getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('button', { name: new RegExp(OWNER.ownerName) })).toBeVisible();
  await expect(page.getByRole('button', { name: /Boris/ })).toHaveCount(0);
});
