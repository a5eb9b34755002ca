import { expect, navigation, notification, OWNER, setUpShop, shot, test } from './fixtures';
import { callDeskSearch, invoke } from './shop';

// Scenario 5: the owner drives one customer's orders herself. She sets the preferred courier and
// the delivery notes on the customer's page, the call desk's card shows both, and the Changes
// tab says what was changed, not only who changed it.
test('a preferred courier is set on the customer page, shows on the card and in the changes', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'couriers.create', { name: 'Anna herself', kind: 'own_driver', costPerDelivery: 0 });
  const retired = await invoke(page, 'couriers.create', {
    name: 'Pyotr',
    kind: 'own_driver',
    costPerDelivery: 30_000,
  });
  await invoke(page, 'couriers.update', { id: retired.id, active: false });
  await invoke(page, 'customers.create', { name: 'Irina Sokolova', phones: [{ raw: '+7 916 555-66-77' }] });

  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Irina' }).click();
  const form = page.getByRole('form', { name: 'Customer details' });
  await expect(form.getByRole('combobox', { name: 'Preferred courier' })).toHaveValue('None');
  await form.getByRole('combobox', { name: 'Preferred courier' }).click();
  // Only couriers who still work are offered.
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveText(['None', 'Anna herself']);
  await options.filter({ hasText: 'Anna herself' }).click();
  await form.getByLabel('Delivery notes').fill('Gate code 45, third floor');
  await form.getByLabel('Doubtful').check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(notification(page, 'Customer saved.')).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Preferred courier' })).toHaveValue('Anna herself');

  await page.getByRole('tab', { name: 'Changes' }).click();
  const changed = page
    .getByRole('table', { name: 'Changes' })
    .getByRole('row')
    .filter({ hasText: 'Changed' });
  await expect(changed).toContainText('Preferred courier: none → Anna herself');
  await expect(changed).toContainText('Doubtful: no → yes');
  await expect(changed).toContainText('Delivery notes: — → Gate code 45, third floor');
  await expect(changed).toContainText(`by ${OWNER.ownerName}`);
  await changed.scrollIntoViewIfNeeded();
  await shot(page, 'customer-changes');

  const search = await callDeskSearch(page);
  await search.pressSequentially('6677');
  const card = page.getByTestId('customer-card');
  await expect(card).toContainText('Irina Sokolova');
  await expect(card).toContainText('Preferred courier');
  await expect(card).toContainText('Anna herself');
  await expect(card).toContainText('Gate code 45, third floor');
  await shot(page, 'calldesk-preferred-courier');
});
