import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { invoke } from './shop';

test('the owner adds, edits and deactivates couriers in Settings', async ({ page }) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Couriers' });
  await expect(section.getByText('No couriers yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Add a courier' }).click();
  const add = page.getByRole('dialog', { name: 'New courier' });
  await add.getByRole('button', { name: 'Add courier' }).click();
  await expect(add.getByText('Enter a name')).toBeVisible();
  await add.getByLabel('Name').fill('Ivan Driver');
  await add.getByLabel('Stops a day').fill('12');
  await add.getByLabel('Cost per delivery').fill('350,50');
  await expect(add.getByText('Read as RUB 350.50.')).toBeVisible();
  await add.getByRole('button', { name: 'Add courier' }).click();
  const table = section.getByRole('table', { name: 'Couriers' });
  await expect(table.getByRole('row', { name: /Ivan Driver/ })).toContainText('RUB 350.50');
  await expect(table.getByRole('row', { name: /Ivan Driver/ })).toContainText('Own driver');

  await section.getByRole('button', { name: 'Add a courier' }).click();
  const post = page.getByRole('dialog', { name: 'New courier' });
  await post.getByLabel('Name').fill('Russian Post');
  await post.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Post' }).click();
  await post.getByLabel('Cost per delivery').fill('400');
  await post.getByRole('button', { name: 'Add courier' }).click();
  await expect(table.getByRole('row', { name: /Russian Post/ })).toContainText('No limit');

  await table.getByRole('button', { name: 'Actions for Ivan Driver' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Ivan Driver' });
  await expect(edit.getByLabel('Cost per delivery')).toHaveValue('350.50');
  await edit.getByLabel('Cost per delivery').fill('380');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('row', { name: /Ivan Driver/ })).toContainText('RUB 380');

  await table.getByRole('button', { name: 'Actions for Russian Post' }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await expect(table.getByRole('row', { name: /Russian Post/ })).toContainText('Deactivated');
  await shot(page, 'settings-couriers');
  const active = await invoke(page, 'couriers.list', {});
  expect(active.map((c) => [c.name, c.costPerDelivery])).toEqual([['Ivan Driver', 38000]]);
});
