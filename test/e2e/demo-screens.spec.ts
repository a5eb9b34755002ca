import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { callDeskSearch, invoke, verdict } from './shop';

// The demo shop on every screen of issue 3: for a person to look at (SHOPDESK_SHOTS_DIR), and
// a check that the screens hold up with realistic data: hundreds of customers, real verdicts.

test('the demo shop: verdicts at the call desk, the customers list, a customer page, the blocklist', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpShop(page);
  const summary = await invoke(page, 'demo.load', {});
  expect(summary.customers).toBeGreaterThan(100);

  const entries = await invoke(page, 'blocklist.list', { state: 'active', kind: 'phone' });
  const blocked = entries.find((entry) => entry.action === 'block');
  const prepayment = entries.find((entry) => entry.action === 'prepayment');
  const vips = await invoke(page, 'customers.list', {
    flag: 'vip',
    sort: 'revenue',
    descending: true,
    limit: 1,
  });
  const losers = await invoke(page, 'customers.list', { sort: 'losses', descending: true, limit: 1 });

  const search = await callDeskSearch(page);
  if (blocked) {
    await search.fill(blocked.value);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'blocked');
    await expect(verdict(page)).toContainText(blocked.reason);
    await shot(page, 'demo-calldesk-blocked');
  }
  if (prepayment) {
    await search.fill(prepayment.value);
    await expect(verdict(page)).toHaveAttribute('data-verdict', /blocked|prepayment/);
    await shot(page, 'demo-calldesk-prepayment');
  }
  const vip = vips.rows[0];
  if (vip?.phone) {
    await search.fill(vip.phone.slice(-4));
    await expect(page.getByTestId('call-desk-answer')).toHaveAttribute('aria-busy', 'false');
    await shot(page, 'demo-calldesk-last-digits');
    await search.fill(vip.phone);
    await expect(page.getByTestId('customer-card')).toContainText(vip.name);
    await shot(page, 'demo-calldesk-vip');
  }
  const loser = losers.rows[0]!;
  const surname = loser.name.split(' ')[0]!;
  await search.fill(surname);
  // The previous caller's card stays, faded, until this answer comes: wait for this one.
  await expect(page.getByTestId('call-desk-answer')).toHaveAttribute('aria-busy', 'false');
  await expect(
    page
      .getByRole('listbox', { name: 'Matching customers' })
      .or(page.locator(`[data-testid="verdict"][data-for-query="${surname}"]`)),
  ).toBeVisible();
  await shot(page, 'demo-calldesk-surname');

  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByTestId('customers-total')).toHaveText(`Customers: ${summary.customers}`);
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Losses' }).click();
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row').nth(1)).toContainText(loser.name);
  await shot(page, 'demo-customers-by-losses');

  await table.getByRole('row').nth(1).click();
  await expect(page.getByRole('heading', { name: loser.name, level: 2 })).toBeVisible();
  await expect(verdict(page)).toBeVisible();
  await shot(page, 'demo-customer-page');
  await page.getByRole('tab', { name: 'Incidents' }).click();
  await page.getByRole('tab', { name: 'Incidents' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('table', { name: 'Incidents' })).toBeVisible();
  await shot(page, 'demo-customer-incidents');

  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('All').click();
  await expect(page.getByTestId('blocklist-entry').first()).toBeVisible();
  await page.getByTestId('blocklist-entry').first().click();
  await expect(page.getByTestId('entry-details')).toBeVisible();
  await shot(page, 'demo-blocklist');

  // The same card in Russian.
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await page.keyboard.press('F2');
  const searchRu = page.getByRole('combobox', { name: 'Найти звонящего' });
  await expect(searchRu).toBeFocused();
  await searchRu.fill(loser.phone ?? loser.name);
  await expect(page.getByRole('region', { name: 'Вердикт' })).toBeVisible();
  await expect(page.getByTestId('customer-card')).toContainText('Последние заказы');
  await shot(page, 'demo-calldesk-ru');
});
