import type { Route } from '@playwright/test';
import { expect, setUpShop, shot, test } from './fixtures';
import { invoke, verdict } from './shop';

// Issue 14, point 6 and the call desk's part of point 9, as the operator meets them.

test('a blocked e-mail or name nobody has shows its entries, not “Nobody found”', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'blocklist.add', {
    kind: 'email',
    value: 'scam@example.com',
    action: 'block',
    reason: 'Fake reviews and chargebacks',
  });
  await invoke(page, 'blocklist.add', {
    kind: 'name',
    value: 'Arkady Semenov',
    action: 'prepayment',
    reason: 'Refused three parcels',
  });
  const search = page.getByRole('combobox', { name: 'Find the caller' });

  await search.fill('Scam@Example.com');
  const card = page.getByTestId('unknown-detail-card');
  await expect(card).toHaveAttribute('data-kind', 'email');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'blocked');
  await expect(verdict(page)).toContainText('No customer has this e-mail');
  await expect(verdict(page)).toContainText('Fake reviews and chargebacks');
  await expect(verdict(page)).toContainText('Added by Anna Petrova');
  await expect(page.getByText('Nobody found')).toHaveCount(0);
  await shot(page, 'calldesk-blocked-email');

  await search.fill('Arkady Semenov');
  await expect(card).toHaveAttribute('data-kind', 'name');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'prepayment');
  await expect(verdict(page)).toContainText('Refused three parcels');

  // Taking the caller on starts from what was typed.
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByRole('dialog', { name: 'New customer' }).getByLabel('Name')).toHaveValue(
    'Arkady Semenov',
  );
});

test('the last-digits list puts the blocked first and shows the number that matched', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'customers.create', {
    name: 'Anna Regular',
    phones: [{ raw: '+7 903 000-00-01' }, { raw: '+7 916 111-45-67' }],
  });
  await invoke(page, 'customers.create', { name: 'Viktor Volkov', phones: [{ raw: '+7 925 222-45-67' }] });
  await invoke(page, 'blocklist.add', {
    kind: 'phone',
    value: '+7 925 222-45-67',
    action: 'block',
    reason: 'Never paid',
  });
  const search = page.getByRole('combobox', { name: 'Find the caller' });
  await search.pressSequentially('4567');
  const options = page.getByRole('listbox', { name: 'Matching customers' }).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('Viktor Volkov');
  await expect(options.nth(0)).toContainText('Blocked');
  await expect(options.nth(1)).toContainText('Anna Regular');
  await expect(options.nth(1)).toContainText('+7 916 111 45 67');
  await shot(page, 'calldesk-last-digits');
});

test('a phone or e-mail someone already has is pointed out before the customer is created', async ({
  page,
}) => {
  await setUpShop(page);
  const maria = await invoke(page, 'customers.create', {
    name: 'Maria Kuznetsova',
    phones: [{ raw: '+7 903 111-22-33' }],
    emails: ['maria.k@example.com'],
  });
  const search = page.getByRole('combobox', { name: 'Find the caller' });
  await search.fill('8 999 000-11-22');
  await page.getByRole('button', { name: 'Create customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog.getByTestId('existing-customer')).toHaveCount(0);

  await dialog.getByLabel('E-mail').fill('Maria.K@example.com');
  const existing = dialog.getByTestId('existing-customer');
  await expect(existing).toContainText('Already a customer: Maria Kuznetsova (same e-mail).');
  await dialog.getByLabel('E-mail').fill('');
  await expect(existing).toHaveCount(0);
  await dialog.getByLabel('Phone', { exact: true }).fill('8 (903) 111-22-33');
  await expect(existing).toContainText('Already a customer: Maria Kuznetsova (same phone).');
  await shot(page, 'create-customer-existing');

  await existing.getByRole('link', { name: 'Open' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/customers/${maria.id}$`));
});

test('Ctrl+I pressed as the verdict appears opens the incident form once the card is there', async ({
  page,
}) => {
  await setUpShop(page);
  const vera = await invoke(page, 'customers.create', {
    name: 'Vera Orlova',
    phones: [{ raw: '+7 916 200-00-03' }],
  });
  // The card is held until the key is pressed: the moment the verdict (from the search) is on
  // screen and the card is still on its way.
  let releaseCard: () => void = () => {};
  const cardHeld = new Promise<void>((resolve) => (releaseCard = resolve));
  await page.route('**/rpc/customers.card', async (route: Route) => {
    await cardHeld;
    await route.continue();
  });

  const search = page.getByRole('combobox', { name: 'Find the caller' });
  await search.fill('8 916 200 00 03');
  await expect(verdict(page)).toHaveAttribute('data-reasons', 'loading');
  await page.keyboard.press('Control+i');
  releaseCard();

  const card = page.getByTestId('customer-card');
  await expect(card).toContainText('Vera Orlova');
  const form = page.getByRole('form', { name: 'New incident' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Customer' })).toHaveValue(/Vera Orlova/);

  // The card's New order starts an order for this caller.
  await expect(card.getByRole('link', { name: 'New order' })).toHaveAttribute(
    'href',
    `#/orders/new?customer=${vera.id}`,
  );
});
