import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY, NEXT_DAY, openDay } from './day';

/** The morning after NEXT_DAY in Moscow: both days' outcomes can be recorded. */
const MORNING_AFTER_NEXT_DAY = '2031-03-18T10:00:00+03:00';
import { invoke } from './shop';

// Issue 15, points 4 and 7: the money of the delivery day as the owner reads it — a mistyped
// handover put right by a correction, what a courier still owes in Reports, and failed attempts'
// costs listed on an incident about the order instead of being typed again.

test.use({ shopNow: MORNING_AFTER_NEXT_DAY });

async function deliver(
  page: Parameters<typeof invoke>[0],
  order: { id: number; updatedAt: number },
  day: string,
) {
  await invoke(page, 'orders.recordAttempt', {
    id: order.id,
    expectedUpdatedAt: order.updatedAt,
    outcome: 'delivered',
    attemptedOn: day,
  });
}

test('a mistyped handover is corrected by a new entry, “Over by” is not red, and Reports list what each courier owes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpShop(page);
  const ivan = await addCourier(page, { name: 'Ivan Driver', kind: 'own_driver', costPerDelivery: 30000 });
  const maria = await addCustomer(page, { name: 'Maria Kuznetsova', phones: [{ raw: '+7 903 111-22-33' }] });
  const towel = await addOrder(page, {
    number: 'L-1',
    customerId: maria,
    courierId: ivan.id,
    items: [{ title: 'Towel', quantity: 1, unitPrice: 180000 }],
  });
  const sheets = await addOrder(page, {
    number: 'L-2',
    customerId: maria,
    courierId: ivan.id,
    deliveryDate: NEXT_DAY,
    items: [{ title: 'Sheets', quantity: 1, unitPrice: 500000 }],
  });
  await deliver(page, towel, DAY);
  await deliver(page, sheets, NEXT_DAY);

  await openDay(page, 'End of day', DAY);
  const cash = page.getByRole('region', { name: 'Ivan Driver' }).getByTestId('courier-cash');
  await expect(cash.getByTestId('cash-expected')).toHaveText('RUB 1,800');
  // 1,800 handed over, typed as 18,000.
  await cash.getByLabel('Amount handed over').fill('18000');
  await cash.getByRole('button', { name: 'Record handover' }).click();
  const gap = cash.getByTestId('cash-discrepancy');
  await expect(gap).toHaveText('Over by RUB 16,200');
  await expect(gap).toHaveAttribute('data-tone', 'over');
  await shot(page, 'ledger-over');

  await cash.getByRole('button', { name: 'Correct the handover of RUB 18,000' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct a handover' });
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await expect(dialog.getByText('Say why the amount was wrong')).toBeVisible();
  await dialog.getByLabel('The right amount').fill('1800');
  await dialog.getByLabel('Why was it wrong?').fill('Typed one zero too many');
  await shot(page, 'ledger-correct-dialog');
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(notification(page, 'Handover corrected to RUB 1,800.')).toBeVisible();
  await expect(gap).toHaveText('Settled');
  const entry = cash.getByTestId('handover');
  await expect(entry).toHaveAttribute('data-corrected', 'true');
  await expect(entry.getByTestId('handover-amount')).toHaveText('RUB 1,800');
  await expect(entry).toContainText('RUB 18,000');
  await expect(entry).toContainText('Typed one zero too many');
  await shot(page, 'ledger-corrected');

  // The next day's 5,000 was never handed over: short, in red.
  await openDay(page, 'End of day', NEXT_DAY);
  const next = page.getByRole('region', { name: 'Ivan Driver' }).getByTestId('courier-cash');
  await expect(next.getByTestId('cash-discrepancy')).toHaveText('Short by RUB 5,000');
  await expect(next.getByTestId('cash-discrepancy')).toHaveAttribute('data-tone', 'short');

  await navigation(page).getByRole('link', { name: 'Reports' }).click();
  const balances = page.getByTestId('report-courier-balances');
  const row = balances.getByTestId('courier-balance').filter({ hasText: 'Ivan Driver' });
  await expect(row.getByTestId('balance-cash')).toHaveText('Short by RUB 5,000');
  await balances.scrollIntoViewIfNeeded();
  await shot(page, 'ledger-reports');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'Отчёты' }).click();
  await expect(row.getByTestId('balance-cash')).toHaveText(/^Недостача/);
  await balances.scrollIntoViewIfNeeded();
  await shot(page, 'ru-ledger-reports');
  await page.evaluate((day) => (window.location.hash = `#/day-plan/end-of-day?date=${day}`), DAY);
  await expect(entry).toContainText('Typed one zero too many');
  await expect(gap).toHaveText('Сошлось');
  await shot(page, 'ru-ledger-corrected');
});

test('failed attempts are listed on an incident about the order, counted once, their fault changeable', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpShop(page);
  const ivan = await addCourier(page, { name: 'Ivan Driver', kind: 'own_driver', costPerDelivery: 45000 });
  const oleg = await addCustomer(page, { name: 'Oleg Sidorov', phones: [{ raw: '+7 925 555-44-33' }] });
  let order = await addOrder(page, {
    number: 'F-1',
    customerId: oleg,
    courierId: ivan.id,
    items: [{ title: 'Pram', quantity: 1, unitPrice: 900000 }],
  });
  for (const day of [DAY, NEXT_DAY]) {
    order = await invoke(page, 'orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: order.updatedAt,
      outcome: 'not_at_home',
      attemptedOn: day,
    });
  }
  const { incident } = await invoke(page, 'incidents.create', {
    channel: 'phone',
    cause: 'not_at_home',
    orderId: order.id,
  });
  await page.evaluate((id) => (window.location.hash = `#/incidents/${id}`), incident.id);
  const section = page.getByTestId('attempt-losses');
  await expect(section.getByTestId('attempt-loss')).toHaveCount(2);
  await expect(section.getByTestId('attempt-losses-total')).toHaveText('Failed attempts in all: RUB 900');
  // The incident's own cost stays nil: the attempts are not added to it.
  await expect(page.getByTestId('incident-net')).toHaveText('RUB 0');
  await section
    .getByRole('combobox', { name: /^Fault for the attempt of/ })
    .first()
    .click();
  await page.getByRole('option', { name: 'Courier' }).click();
  await expect(notification(page, 'Fault changed to “Courier”.')).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'attempts-on-incident');

  await page.evaluate((id) => (window.location.hash = `#/customers/${id}`), oleg);
  await expect(page.getByText('RUB 900').first()).toBeVisible();
  await shot(page, 'attempts-customer-losses');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await page.evaluate((id) => (window.location.hash = `#/incidents/${id}`), incident.id);
  await expect(section).toContainText('Неудачные попытки доставки по этому заказу');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'ru-attempts-on-incident');
});
