import { expect, navigation, notification, OWNER, setUpShop, shot, test } from './fixtures';
import { invoke, switchUser } from './shop';

test('customers: search the list, open a page, edit it, and the change shows in its history', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'customers.create', {
    name: 'Pavel Orlov',
    phones: [{ raw: '+7 916 222-33-44' }],
    addresses: ['Moscow, Tverskaya st. 7, apt. 12'],
  });
  await invoke(page, 'customers.create', { name: 'Irina Sokolova', phones: [{ raw: '+7 916 555-66-77' }] });

  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByTestId('customers-total')).toHaveText('Customers: 2');
  const table = page.getByRole('table', { name: 'Customers' });
  await page.getByLabel('Search').fill('tverskaya');
  await expect(page.getByTestId('customers-total')).toHaveText('Customers: 1');
  await expect(table.getByRole('row').filter({ hasText: 'Pavel Orlov' })).toBeVisible();
  await page.getByLabel('Search').fill('5566');
  await expect(page.getByTestId('customers-total')).toHaveText('Customers: 1');
  await table.getByRole('row').filter({ hasText: 'Irina Sokolova' }).click();

  await expect(page.getByRole('heading', { name: 'Irina Sokolova', level: 2 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Customer details' });
  await form.getByLabel('Name', { exact: true }).fill('Irina V. Sokolova');
  await form.getByRole('button', { name: 'Add a phone' }).click();
  await form.getByLabel('Phone 2', { exact: true }).fill('8 495 123-45-67');
  await form.getByRole('radiogroup', { name: 'Phone 2 type' }).getByText('Landline').click();
  await form.getByLabel('Phone 2 verified').check();
  await form.getByLabel('Call from').fill('25:00');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Use HH:MM, for example 11:00')).toBeVisible();
  await form.getByLabel('Call from').fill('10:00');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Give both times, or neither')).toBeVisible();
  await form.getByLabel('Call until').fill('19:30');
  await form.getByLabel('Do not call').check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(notification(page, 'Customer saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Irina V. Sokolova', level: 2 })).toBeVisible();
  await expect(page.getByTestId('call-now')).toContainText('Don’t call');
  await shot(page, 'customer-page');

  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes.getByRole('row').filter({ hasText: 'Changed' })).toContainText(
    `by ${OWNER.ownerName}`,
  );
  await expect(changes.getByRole('row').filter({ hasText: 'Created' })).toBeVisible();
  await page.getByRole('tab', { name: 'Changes' }).scrollIntoViewIfNeeded();
  await shot(page, 'customer-page-changes');

  // Saved for real: a reload reads it back from main.
  await page.reload();
  await expect(form.getByLabel('Phone 2', { exact: true })).toHaveValue('8 495 123-45-67');
  await expect(form.getByLabel('Phone 2 verified')).toBeChecked();
  await expect(form.getByLabel('Call until')).toHaveValue('19:30');
});

test('duplicates are merged by the owner only; the history moves to the kept customer', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  const kept = await invoke(page, 'customers.create', {
    name: 'Elena Petrova',
    phones: [{ raw: '+7 910 953-64-46' }],
  });
  const other = await invoke(page, 'customers.create', {
    name: 'Lena P.',
    phones: [{ raw: '8 910 953 64 46' }],
    emails: ['lena.p@example.com'],
    doubtful: true,
  });
  await invoke(page, 'customers.addNote', { customerId: other.id, text: 'Asked for gift wrapping' });

  await switchUser(page, 'Olga');
  await page.evaluate((id) => (window.location.hash = `#/customers/${id}`), kept.id);
  const duplicates = page.getByRole('alert').filter({ hasText: 'Possible duplicates' });
  await expect(duplicates.getByTestId('duplicate')).toContainText('Lena P.');
  await duplicates.getByRole('button', { name: 'Merge into this customer' }).click();
  await page
    .getByRole('dialog', { name: 'Merge two customer records?' })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(notification(page, 'Only the owner can do this.')).toBeVisible();
  await expect(duplicates.getByTestId('duplicate')).toContainText('Lena P.');

  await switchUser(page, OWNER.ownerName, OWNER.pin);
  await page.evaluate((id) => (window.location.hash = `#/customers/${id}`), kept.id);
  await duplicates.getByRole('button', { name: 'Merge into this customer' }).click();
  const confirm = page.getByRole('dialog', { name: 'Merge two customer records?' });
  await expect(confirm).toContainText('“Lena P.” will be merged into “Elena Petrova”.');
  await expect(confirm).toContainText('All of its history moves here');
  await shot(page, 'customer-merge-dialog');
  await confirm.getByRole('button', { name: 'Merge' }).click();
  await expect(notification(page, '“Lena P.” was merged into “Elena Petrova”.')).toBeVisible();
  await expect(duplicates).toBeHidden();
  await expect(page.getByText('Asked for gift wrapping')).toBeVisible();
  const form = page.getByRole('form', { name: 'Customer details' });
  await expect(form.getByLabel('E-mail 1', { exact: true })).toHaveValue('lena.p@example.com');
  await expect(form.getByLabel('Doubtful')).toBeChecked();
  await page.getByRole('tab', { name: 'Changes' }).click();
  await expect(page.getByRole('table', { name: 'Changes' })).toContainText(
    'Another record merged into this one',
  );

  // The merged record is archived and points to the kept one; it offers no new order.
  await page.evaluate((id) => (window.location.hash = `#/customers/${id}`), other.id);
  await expect(page.getByTestId('archived-word')).toHaveText('Merged into Elena Petrova');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New order' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Open Elena Petrova' }).click();
  await expect(page.getByRole('heading', { name: 'Elena Petrova', level: 2 })).toBeVisible();
});

test('the customers list stays a window onto many rows, loading pages as it scrolls', async ({ page }) => {
  await setUpShop(page);
  await page.evaluate(async () => {
    for (let i = 0; i < 450; i += 1) {
      const n = String(i).padStart(3, '0');
      await window.shopdesk!.invoke('customers.create', {
        name: `Customer ${n}`,
        phones: [{ raw: `+7 916 700-0${n.slice(0, 1)}-${n.slice(1)}` }],
      });
    }
  });
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByTestId('customers-total')).toHaveText('Customers: 450');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row').filter({ hasText: 'Customer 000' })).toBeVisible();
  // Only what is in view (plus a margin) is in the page.
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  await page
    .getByTestId('customers-scroller')
    .evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(table.getByRole('row').filter({ hasText: 'Customer 449' })).toBeVisible();
  await shot(page, 'customers-list-bottom');

  // Sorting by newest puts the last one first.
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Newest' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Customer 449');
});
