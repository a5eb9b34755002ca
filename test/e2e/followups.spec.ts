import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { addCustomer } from './day';
import { invoke } from './shop';

// Issue 16, point 6 (scenario 15: ~180 promo complaints a month): the follow-up worklist with
// its count in the navigation, "settled on the call" in the log form, the promo filter and bulk
// resolve in the register.

const HOUR = 3_600_000;
// 12:00 in Moscow: a follow-up two hours on is still today.
test.use({ shopNow: '2026-11-23T09:00:00Z', viewport: { width: 1366, height: 768 } });

test('the worklist lists what is due, counted in the navigation; a complaint settled on the call needs none', async ({
  page,
}) => {
  await setUpShop(page);
  const customerId = await addCustomer(page, { name: 'Irina Promo', phones: [{ raw: '+7 916 555 44 33' }] });

  // Nothing due yet: the empty worklist says what to do, reached from the navigation by keyboard.
  const navLink = navigation(page).getByRole('link', { name: /Follow-ups/ });
  await navLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('follow-ups-empty')).toContainText('Settled on the call');

  // Logged during the call and settled there: resolved, no follow-up, promo code kept.
  await page.getByRole('tab', { name: 'Register' }).click();
  await page.getByRole('button', { name: /Log an incident/ }).click();
  const form = page.getByRole('form', { name: 'New incident' });
  const cause = form.getByRole('combobox', { name: 'Cause' });
  await cause.fill('promo');
  await page.keyboard.press('Enter');
  await form.getByLabel('Promo code or campaign').fill('spring25');
  await form.getByLabel('Settled on the call').check();
  await expect(form.getByLabel('Follow up at')).toHaveCount(0);
  await expect(form.getByRole('combobox', { name: 'How it was settled' })).toHaveValue('Compensation');
  await shot(page, 'follow-ups-log-form-en');
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(/#\/incidents\/1$/);
  const created = await invoke(page, 'incidents.get', { id: 1 });
  expect(created.incident).toMatchObject({ status: 'resolved', followUpDue: null, promoCode: 'SPRING25' });

  const now = await invoke(page, 'followups.due', {}).then((due) => due.now);
  await invoke(page, 'incidents.create', {
    channel: 'phone',
    cause: 'promo_terms',
    customerId,
    followUpDue: now + 2 * HOUR,
  });
  await invoke(page, 'incidents.create', {
    channel: 'phone',
    cause: 'lost_in_transit',
    customerId,
    followUpDue: now + 72 * HOUR,
  });

  await expect(page.getByTestId('nav-follow-ups-badge')).toHaveText('1');
  await navLink.click();
  await expect(page.getByTestId('follow-ups-count-today')).toHaveText('1');
  await expect(page.getByTestId('follow-ups-count-week')).toHaveText('1');
  await expect(page.getByTestId('follow-ups-week')).toContainText('Open a search with the post');
  await expect(page.getByTestId('follow-ups-today')).toContainText('Irina Promo');
  await shot(page, 'follow-ups-en');
  // Each row is a link: focused, Enter opens the incident.
  await page.getByTestId('follow-up-row').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/incidents\/2$/);
  await page.goBack();

  await invoke(page, 'session.setLanguage', { language: 'ru' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Напоминания' })).toBeVisible();
  await expect(page.getByTestId('follow-ups-week')).toContainText('Подать заявление на розыск');
  await shot(page, 'follow-ups-ru');
  await page.getByRole('tab', { name: 'Реестр' }).click();
  await page.getByRole('button', { name: /Записать инцидент/ }).click();
  await page.getByRole('form').getByLabel('Улажено во время звонка').check();
  await shot(page, 'follow-ups-log-form-ru');
});

test('the register filters by promo code and resolves the selected complaints at once', async ({ page }) => {
  await setUpShop(page);
  const customerId = await addCustomer(page, { name: 'Irina Promo', phones: [{ raw: '+7 916 555 44 33' }] });
  for (const promoCode of ['SPRING25', 'spring25', 'SPRING25', 'GIFT'])
    await invoke(page, 'incidents.create', { channel: 'phone', cause: 'promo_terms', customerId, promoCode });

  await navigation(page).getByRole('link', { name: 'Incidents', exact: true }).click();
  await page.getByTestId('filter-promo-code').fill('spring25');
  await expect(page.getByTestId('incidents-total')).toHaveText('Incidents: 3');
  await page.getByRole('button', { name: 'Select the open ones shown' }).click();
  await expect(page.getByTestId('bulk-selected')).toHaveText('3 selected');
  await page.getByLabel('Reason').fill('Promo terms not shown: 300 each, complaint withdrawn');
  await page.getByRole('button', { name: 'Resolve 3' }).click();
  await expect(notification(page, 'Resolved: 3.')).toBeVisible();
  const list = await invoke(page, 'incidents.list', { promoCode: 'SPRING25', statuses: ['resolved'] });
  expect(list.total).toBe(3);
  const gift = await invoke(page, 'incidents.list', { promoCode: 'GIFT' });
  expect(gift.rows[0]!.status).toBe('open');
});
