import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { addCustomer } from './day';
import { invoke, switchUser } from './shop';

// Issue 16, points 1 and 7 in the browser: the courier split shows fault inside each bar and says
// its rule; "not held against the customer" is the owner's switch, the operator sees it locked.

test('the courier split states its rule and colours each courier’s bar by fault (en, ru)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpShop(page);
  await invoke(page, 'demo.load', {});
  await navigation(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByTestId('reports-screen')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('tab', { name: 'By courier' }).click();
  await expect(page.getByTestId('courier-rule')).toContainText(
    'only when it was the courier’s or the carrier’s fault',
  );
  await expect(page.getByTestId('courier-legend')).toContainText('counts against the courier');
  await page.getByTestId('courier-rule').scrollIntoViewIfNeeded();
  await shot(page, 'courier-split-en');

  // The reader's own language, as the owner switches it (Settings → Your language).
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'Отчёты' }).click();
  await expect(page.getByTestId('reports-screen')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('tab', { name: 'По курьеру' }).click();
  await expect(page.getByTestId('courier-rule')).toBeVisible();
  await page.getByTestId('courier-rule').scrollIntoViewIfNeeded();
  await shot(page, 'courier-split-ru');
});

test('the owner marks a customer-fault incident as not held against her; the operator sees it locked', async ({
  page,
}) => {
  await setUpShop(page);
  const customer = await addCustomer(page, { name: 'Marina Loyal', phones: [{ raw: '+7 916 555 44 10' }] });
  const created = await invoke(page, 'incidents.create', {
    channel: 'phone',
    cause: 'damaged',
    customerId: customer,
  });
  await invoke(page, 'incidents.update', {
    id: created.incident.id,
    expectedUpdatedAt: created.incident.updatedAt,
    fault: 'customer',
  });
  await navigation(page).getByRole('link', { name: 'Incidents' }).click();
  await page.getByRole('row', { name: /Marina Loyal/ }).click();
  const decision = page.getByRole('form', { name: 'Decision' });
  const held = decision.getByRole('switch', { name: 'Not held against the customer' });
  await held.check();
  await decision.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(
      async () =>
        (await invoke(page, 'incidents.get', { id: created.incident.id })).incident.notHeldAgainstCustomer,
    )
    .toBe(true);
  await shot(page, 'not-held-owner');

  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');
  await navigation(page).getByRole('link', { name: 'Incidents' }).click();
  await page.getByRole('row', { name: /Marina Loyal/ }).click();
  const locked = page
    .getByRole('form', { name: 'Decision' })
    .getByRole('switch', { name: 'Not held against the customer' });
  await expect(locked).toBeChecked();
  await expect(locked).toBeDisabled();
  await expect(
    page.getByText('Only the owner decides whether this incident counts against the customer.'),
  ).toBeVisible();
  await shot(page, 'not-held-operator');
});
