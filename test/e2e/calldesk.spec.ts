import { expect, navigation, notification, OWNER, setUpShop, shot, test } from './fixtures';
import { invoke, verdict } from './shop';

test('the call desk finds a caller by the last 4 digits and by surname, verdict first', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'customers.create', {
    name: 'Kuznetsova Maria',
    phones: [{ raw: '8 903 111-22-33', kind: 'mobile' }],
    emails: ['maria.k@example.com'],
    vip: true,
    callFrom: '10:00',
    callTo: '20:00',
  });
  await invoke(page, 'customers.create', {
    name: 'Kuznetsov Ivan',
    phones: [{ raw: '+7 925 555-44-33' }],
    doNotCall: true,
    caution: true,
  });
  await invoke(page, 'customers.create', { name: 'Orlova Vera', phones: [{ raw: '+7 926 000-12-12' }] });

  // Focused on start: the operator just types.
  const search = page.getByRole('combobox', { name: 'Find the caller' });
  await expect(search).toBeFocused();
  await expect(page.getByText('Who is calling, and what do they need?')).toBeVisible();
  await shot(page, 'calldesk-empty');

  await search.pressSequentially('2233');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'vip');
  await expect(verdict(page).getByTestId('verdict-word')).toHaveText('VIP');
  const card = page.getByTestId('customer-card');
  await expect(card).toContainText('Kuznetsova Maria');
  await expect(card).toContainText('+7 903 111 22 33');
  await expect(card).toContainText('maria.k@example.com');
  await expect(card).toContainText('10:00–20:00');
  await expect(page.getByTestId('call-now')).toBeVisible();
  await shot(page, 'calldesk-vip');

  // A surname shared by two customers lists both; arrows and Enter pick one.
  await search.press('Escape');
  await search.pressSequentially('kuznetsov');
  const results = page.getByRole('listbox', { name: 'Matching customers' });
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(page.getByText('Several customers match.')).toBeVisible();
  await shot(page, 'calldesk-several');
  const ivanIndex = (await results.getByRole('option').allTextContents()).findIndex((text) =>
    text.includes('Kuznetsov Ivan'),
  );
  for (let i = 0; i < ivanIndex; i += 1) await search.press('ArrowDown');
  await search.press('Enter');
  await expect(card).toContainText('Kuznetsov Ivan');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'caution');
  await expect(page.getByTestId('call-now')).toHaveAttribute('data-allowed', 'false');
  await expect(page.getByTestId('call-now')).toContainText('Don’t call');
  await expect(verdict(page)).toContainText('Asked not to be called.');

  // Or a click.
  await results.getByRole('option', { name: /Kuznetsova Maria/ }).click();
  await expect(card).toContainText('Kuznetsova Maria');

  // The whole surname narrows it to one: the card opens by itself.
  await search.press('Escape');
  await search.pressSequentially('Orlova');
  await expect(card).toContainText('Orlova Vera');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'regular');

  // Ctrl+K and F2 bring the operator back to the field from another screen.
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.keyboard.press('F2');
  await expect(search).toBeFocused();
  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  // Pressed once Blocklist is on screen: a key pressed while its screen still loads lost to the
  // pending navigation on a loaded machine (CI, 2026-11-24).
  await expect(page.getByRole('heading', { name: 'Blocklist', level: 2 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
});

test('an unknown number becomes a customer from the call desk; a note and a block follow from the card', async ({
  page,
}) => {
  await setUpShop(page);
  const search = page.getByRole('combobox', { name: 'Find the caller' });
  await search.pressSequentially('8 (999) 000-11-22');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'new');
  await expect(verdict(page).getByTestId('verdict-word')).toHaveText('New number');
  await expect(verdict(page)).toContainText('+7 999 000 11 22');
  await shot(page, 'calldesk-new-number');

  await page.getByRole('button', { name: 'Create customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog.getByLabel('Phone', { exact: true })).toHaveValue('+7 999 000 11 22');
  await dialog.getByLabel('Name').fill('Pavel Orlov');
  await dialog.getByLabel('E-mail').fill('not-an-address');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog.getByText('Not an e-mail address')).toBeVisible();
  await dialog.getByLabel('E-mail').fill('pavel@example.com');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(notification(page, 'Customer Pavel Orlov created.')).toBeVisible();

  // The same search now finds him.
  const card = page.getByTestId('customer-card');
  await expect(card).toContainText('Pavel Orlov');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'regular');

  // A note, inline.
  await card.getByRole('button', { name: 'Add a note' }).click();
  const note = card.getByLabel('New note');
  await expect(note).toBeFocused();
  await note.fill('Asks to deliver after 18:00 only');
  await card.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(card.getByText('Asks to deliver after 18:00 only')).toBeVisible();
  await expect(card).toContainText(OWNER.ownerName);
  await expect(note).toHaveValue('');

  // A block from the card: prefilled with his number, the reason required.
  await card.getByRole('button', { name: 'Add to blocklist' }).click();
  const block = page.getByRole('dialog', { name: 'Add Pavel Orlov to the blocklist' });
  await expect(block.getByLabel('Value')).toHaveValue('+79990001122');
  await block.getByRole('button', { name: 'Add to blocklist' }).click();
  await expect(block.getByText('Give a reason')).toBeVisible();
  await block.getByLabel('Reason').fill('Ordered three times and never paid the courier');
  await block.getByRole('button', { name: 'Add to blocklist' }).click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'blocked');
  await expect(verdict(page)).toContainText('Ordered three times and never paid the courier');
  await shot(page, 'calldesk-blocked-customer');
});
