import type { Page } from '@playwright/test';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, DAY, MORNING_AFTER_DAY } from './day';
import { callDeskSearch, invoke, switchUser, verdict } from './shop';

// Outcomes are recorded for DAY, so the shop's clock shows the morning after (a day to come has none).
test.use({ shopNow: MORNING_AFTER_DAY });

// Issue 14: what the call desk shows, the order form shows and enforces while the order is being
// taken — not after the caller has hung up.

/** A customer who refused three parcels at the door: buyout 0% of 3 settled orders. */
async function partialBuyer(page: Page, courierId: number) {
  const id = await addCustomer(page, { name: 'Vera Partial', phones: [{ raw: '+7 916 700 00 01' }] });
  for (let i = 0; i < 3; i++) {
    const { order } = await invoke(page, 'orders.create', {
      customerId: id,
      items: [{ title: 'Pram', quantity: 1, unitPrice: 900_000 }],
      paymentMethod: 'cash_on_delivery',
      deliveryMethod: 'own_courier',
      deliveryDate: DAY,
      courierId,
    });
    const out = await invoke(page, 'orders.setStatus', {
      id: order.id,
      status: 'out_for_delivery',
      expectedUpdatedAt: order.updatedAt,
    });
    await invoke(page, 'orders.recordAttempt', {
      id: order.id,
      expectedUpdatedAt: out.updatedAt,
      outcome: 'refused',
      attemptedOn: DAY,
    });
  }
  return id;
}

async function newOrderFor(page: Page, name: RegExp) {
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  await form.getByRole('combobox', { name: 'Customer' }).fill(name.source.split(' ')[0]!);
  await page.getByRole('option', { name }).click();
  return form;
}

async function pickPayment(page: Page, form: ReturnType<Page['getByRole']>, method: string) {
  await form.getByRole('combobox', { name: 'Payment method' }).click();
  await page.getByRole('option', { name: method, exact: true }).click();
}

test('the buyout rule refuses cash on delivery live for the operator; a prepaid order saves with the next number', async ({
  page,
}) => {
  await setUpShop(page);
  const courier = await addCourier(page, { name: 'Sergey', kind: 'own_driver', costPerDelivery: 35_000 });
  await partialBuyer(page, courier.id);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');

  // From the call desk: the verdict, then "New order" for this caller.
  const search = await callDeskSearch(page);
  await search.fill('89167000001');
  await expect(verdict(page)).toContainText('Take orders only with prepayment');
  await page.getByTestId('customer-card').getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  await expect(form.getByRole('combobox', { name: 'Customer' })).toHaveValue(/Vera Partial/);
  await form.getByLabel('Item 1: title').fill('Pram');
  await form.getByLabel('Item 1: unit price').fill('9000');
  const refusal = form.getByTestId('policy-refusal');
  await expect(refusal).toContainText('Keeps only 0% of what is delivered');
  await expect(refusal).toContainText('Prepayment only: choose card online');
  await expect(refusal).toContainText('Only the owner can accept it.');
  await expect(form.getByLabel('Order number')).toHaveAttribute('placeholder', 'SD-000004');
  await shot(page, 'order-live-refusal');

  await pickPayment(page, form, 'Card online');
  await expect(refusal).toHaveCount(0);
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(page.getByRole('heading', { name: 'Order SD-000004', level: 2 })).toBeVisible();
});

test('the form shows the rules of the order and the customer’s flags before saving; a cheque shows when it clears', async ({
  page,
}) => {
  await setUpShop(page);
  await addCustomer(page, { name: 'Nina Newcomer', phones: [{ raw: '+7 916 700 00 02' }] });
  await addCustomer(page, {
    name: 'Dora Doubtful',
    phones: [{ raw: '+7 916 700 00 03' }],
    doubtful: true,
    note: 'Photograph her parcels before shipping',
  });

  // A new customer's large cash-on-delivery order: ask for a landline, while still on the phone.
  let form = await newOrderFor(page, /Nina Newcomer/);
  await form.getByLabel('Item 1: title').fill('Monitor');
  await form.getByLabel('Item 1: unit price').fill('20000');
  const risk = form.getByTestId('order-customer-risk');
  await expect(risk).toContainText('Ask for a landline number');
  await expect(risk).not.toContainText('No warnings');

  // A cheque: held, with the day it clears (received today + 5 days).
  await pickPayment(page, form, 'Cheque');
  await form.getByLabel('Cheque received on').fill('2031-03-10');
  await expect(form.getByTestId('cheque-hold')).toContainText('Clears on Mar 15, 2031');
  await form.getByLabel('Delivery date').fill(DAY);
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByText(/Paid by a cheque that has not cleared/)).toBeVisible();
  await shot(page, 'order-cheque-hold');

  // A doubtful customer is not "no warnings": the flag and the owner's note are there.
  // The half-typed order is not thrown away without asking.
  await expect(page.locator('body')).toHaveAttribute('data-unsaved', 'order');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave' })
    .click();
  form = await newOrderFor(page, /Dora Doubtful/);
  await expect(form.getByTestId('order-customer-risk')).toContainText('Doubtful');
  await expect(form.getByTestId('order-customer-risk')).toContainText(
    'Photograph her parcels before shipping',
  );
  await expect(form.getByTestId('order-customer-risk')).not.toContainText('No warnings');
});

test('the operator, in Russian: the call desk’s PREPAYMENT ONLY becomes the form’s live refusal, and a prepaid order saves', async ({
  page,
}) => {
  await setUpShop(page);
  const courier = await addCourier(page, { name: 'Сергей', kind: 'own_driver', costPerDelivery: 35_000 });
  await partialBuyer(page, courier.id);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await expect(navigation(page).getByRole('link', { name: 'Настройки' })).toBeVisible();

  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Найти звонящего' });
  await expect(search).toBeFocused();
  await search.fill('8 916 700-00-01');
  await expect(page.getByRole('region', { name: 'Вердикт' })).toContainText(
    'Заказы только по предоплате: без наличных и карты курьеру.',
  );
  await shot(page, 'ru-operator-calldesk-prepayment');
  await page.getByTestId('customer-card').getByRole('link', { name: 'Новый заказ' }).click();

  const form = page.getByRole('form', { name: 'Новый заказ' });
  await expect(form.getByRole('combobox', { name: 'Клиент' })).toHaveValue(/Vera Partial/);
  await form.getByLabel('Товар 1: название').fill('Коляска');
  await form.getByLabel('Товар 1: цена за штуку').fill('9000');
  const refusal = form.getByTestId('policy-refusal');
  await expect(refusal).toContainText(/Выкупает только 0\s%/);
  await expect(refusal).toContainText('Только предоплата: выберите оплату картой онлайн');
  await expect(refusal).toContainText('Принять его может только владелец.');
  await shot(page, 'ru-operator-order-refusal');
  // Saving anyway is refused by the same policy, and the draft stays as typed.
  await form.getByRole('button', { name: 'Сохранить заказ' }).click();
  await expect(form.getByLabel('Товар 1: название')).toHaveValue('Коляска');
  await expect(refusal).toBeVisible();

  await form.getByRole('combobox', { name: 'Способ оплаты' }).click();
  await page.getByRole('option', { name: 'Карта онлайн', exact: true }).click();
  await expect(refusal).toHaveCount(0);
  await form.getByRole('button', { name: 'Сохранить заказ' }).click();
  await expect(page.getByRole('heading', { name: 'Заказ SD-000004', level: 2 })).toBeVisible();
  await shot(page, 'ru-operator-order-saved');
});
