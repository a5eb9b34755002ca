import { expect, navigation, notification, OWNER, setUpShop, shot, test } from './fixtures';
import { callDeskSearch, invoke, switchUser, verdict } from './shop';

const REASON = 'Endless complaints and insults after thirty apologies';

test('a blocked number is BLOCKED in any format; the operator cannot lift it, the owner can, and the history keeps both', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });

  // The owner puts the number on the blocklist; the reason is required.
  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await expect(page.getByText('Nobody is on the blocklist.')).toBeVisible();
  await page.getByRole('button', { name: 'Add entry' }).click();
  const add = page.getByRole('dialog', { name: 'Add to the blocklist' });
  await add.getByLabel('Value').fill('+7 916 123-45-67');
  await add.getByRole('button', { name: 'Add to blocklist' }).click();
  await expect(add.getByText('Give a reason')).toBeVisible();
  await add.getByLabel('Reason').fill(REASON);
  await shot(page, 'blocklist-add-dialog');
  await add.getByRole('button', { name: 'Add to blocklist' }).click();
  await expect(add).toBeHidden();
  const entry = page.getByTestId('blocklist-entry').filter({ hasText: '+7 916 123 45 67' });
  await expect(entry).toContainText(REASON);
  await expect(entry).toContainText(OWNER.ownerName);
  await expect(entry).toContainText('Active');

  // The operator takes a call: three ways of writing the same number, BLOCKED each time.
  await switchUser(page, 'Olga');
  const search = await callDeskSearch(page);
  for (const typed of ['8 916 123-45-67', '+7 (916) 123 45 67', '9161234567']) {
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await search.pressSequentially(typed);
    const answer = verdict(page);
    await expect(answer).toHaveAttribute('data-for-query', typed);
    await expect(answer).toHaveAttribute('data-verdict', 'blocked');
    await expect(answer.getByTestId('verdict-word')).toHaveText('Blocked');
    await expect(answer.getByTestId('hit')).toContainText(REASON);
    await expect(answer.getByTestId('hit')).toContainText(`Added by ${OWNER.ownerName}`);
    await expect(answer.getByTestId('hit')).toContainText('Phone, exact match');
  }
  await shot(page, 'calldesk-blocked-new-number');

  // Lifting and exceptions are the owner's (main refuses anyone else): the operator sees them
  // disabled, with the reason beside them, before typing anything.
  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await page.getByRole('button', { name: 'Show the history of +7 916 123 45 67' }).click();
  const details = page.getByTestId('entry-details');
  const ownerOnly = 'Only the owner can lift an entry, grant an exception or revoke one.';
  for (const name of ['Lift', 'Grant exception']) {
    await expect(details.getByRole('button', { name })).toBeDisabled();
    await expect(details.getByRole('button', { name })).toHaveAccessibleDescription(ownerOnly);
  }
  await expect(details.getByText(ownerOnly)).toBeVisible();
  await shot(page, 'blocklist-operator-owner-only');
  await expect(entry).toContainText('Active');

  // The owner lifts it, with a reason.
  await switchUser(page, OWNER.ownerName, OWNER.pin);
  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await page.getByRole('button', { name: 'Show the history of +7 916 123 45 67' }).click();
  await page.getByTestId('entry-details').getByRole('button', { name: 'Lift' }).click();
  const ownerLift = page.getByRole('dialog', { name: /Lift the entry/ });
  await ownerLift.getByRole('button', { name: 'Lift entry' }).click();
  await expect(ownerLift.getByText('Give a reason')).toBeVisible();
  await ownerLift.getByLabel('Why is it lifted?').fill('Apologised in writing; a month without trouble');
  await ownerLift.getByRole('button', { name: 'Lift entry' }).click();
  await expect(notification(page, 'The entry for +7 916 123 45 67 was lifted.')).toBeVisible();
  await expect(page.getByText('Nobody is on the blocklist.')).toBeVisible();

  // Nothing is lost: under "Lifted" the entry shows who blocked and why, and who lifted and why.
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Lifted').click();
  await expect(entry).toContainText('Lifted');
  await page.getByRole('button', { name: 'Show the history of +7 916 123 45 67' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`${OWNER.ownerName} added it: Block`);
  await expect(history).toContainText(REASON);
  await expect(history).toContainText(`${OWNER.ownerName} lifted it`);
  await expect(history).toContainText('Apologised in writing; a month without trouble');
  await shot(page, 'blocklist-lifted-history');

  // And the call desk no longer blocks the number.
  const again = await callDeskSearch(page);
  await again.fill('9161234567');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'new');
});

test('the owner grants one customer an exception and revokes it', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'customers.create', {
    name: 'Semyonov Oleg',
    phones: [{ raw: '+7 903 765-43-21' }],
  });
  await invoke(page, 'blocklist.add', {
    kind: 'name',
    value: 'Semyonov Oleg',
    action: 'block',
    reason: 'Fake adverts about the shop',
  });

  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await page.getByRole('button', { name: 'Show the history of Semyonov Oleg' }).click();
  await page.getByTestId('entry-details').getByRole('button', { name: 'Grant exception' }).click();
  const dialog = page.getByRole('dialog', { name: /Exception from the entry/ });
  await dialog.getByLabel('Customer', { exact: true }).fill('4321');
  await page.getByRole('option', { name: /Semyonov Oleg/ }).click();
  await dialog.getByLabel('Why the exception?').fill('A different Oleg Semyonov, a regular since 2019');
  await dialog.getByRole('button', { name: 'Grant exception' }).click();
  await expect(notification(page, 'Exception granted.')).toBeVisible();
  const exception = page.getByTestId('exception');
  await expect(exception).toContainText('A different Oleg Semyonov');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    `${OWNER.ownerName} granted an exception for Semyonov Oleg`,
  );
  await shot(page, 'blocklist-exception');

  // At the call desk the hit is still shown, struck through, and no longer blocks.
  const search = await callDeskSearch(page);
  await search.fill('4321');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'regular');
  await expect(verdict(page)).toContainText('Exception for this customer');

  await navigation(page).getByRole('link', { name: 'Blocklist' }).click();
  await page.getByRole('button', { name: 'Show the history of Semyonov Oleg' }).click();
  await exception.getByRole('button', { name: 'Revoke' }).click();
  await expect(exception).toContainText('Revoked');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    `${OWNER.ownerName} revoked the exception for Semyonov Oleg`,
  );
});
