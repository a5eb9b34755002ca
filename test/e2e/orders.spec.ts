import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY, MORNING_AFTER_DAY } from './day';
import { invoke, switchUser } from './shop';

// Outcomes are recorded for DAY, so the shop's clock shows the morning after (a day to come has none).
test.use({ shopNow: MORNING_AFTER_DAY });

test('an order with bad input shows each problem beside its field and saves nothing', async ({ page }) => {
  await setUpShop(page);
  const pavel = await addCustomer(page, {
    name: 'Pavel Orlov',
    phones: [{ raw: '+7 999 000 11 22' }],
    addresses: ['Lenina 5, apt 12'],
  });
  await addOrder(page, {
    number: 'B-1',
    customerId: pavel,
    items: [{ title: 'Pillow', quantity: 1, unitPrice: 90000 }],
  });

  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByTestId('orders-total')).toHaveText('Orders: 1');
  await page.getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  await form.getByLabel('Order number').fill('B-1');
  await form.getByRole('combobox', { name: 'Customer' }).fill('Pavel');
  await page.getByRole('option', { name: /Pavel Orlov/ }).click();
  // The customer's address comes with them.
  await expect(form.getByLabel('Delivery address')).toHaveValue('Lenina 5, apt 12');

  // No items.
  await form.getByRole('button', { name: 'Remove item 1' }).click();
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByTestId('items-error')).toHaveText('Add at least one item');

  // A negative price, beside the price.
  await form.getByRole('button', { name: 'Add item' }).click();
  await form.getByLabel('Item 1: title').fill('Down pillow');
  await form.getByLabel('Item 1: quantity').fill('2');
  await form.getByLabel('Item 1: unit price').fill('-5');
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByText('Enter an amount, for example 15000 or 15000.50')).toBeVisible();
  await form.getByLabel('Item 1: unit price').fill('1500');
  await expect(form.getByTestId('order-total')).toHaveText('Total: RUB 3,000');

  // A window outside the shop's hours and a number already taken: main says both, beside each.
  await form.getByLabel('Delivery date').fill(DAY);
  await form.getByRole('combobox', { name: 'Delivery window' }).click();
  await page.getByRole('option', { name: 'Precise time…' }).click();
  await form.getByLabel('From', { exact: true }).fill('08:00');
  await form.getByLabel('To', { exact: true }).fill('09:00');
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByText('Order number B-1 already exists.')).toBeVisible();
  await expect(form.getByText("Outside the shop's delivery hours (11:00–22:00).")).toBeVisible();
  await expect(form.getByLabel('Order number')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'order-bad-input');
  expect((await invoke(page, 'orders.list', {})).total).toBe(1);

  // Put right, it saves and opens the order.
  await form.getByLabel('Order number').fill('B-2');
  await form.getByRole('combobox', { name: 'Delivery window' }).click();
  await page.getByRole('option', { name: '11:00–14:00' }).click();
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(notification(page, 'Order B-2 saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Order B-2', level: 2 })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Scheduled');
  await expect(page.getByTestId('order-facts')).toContainText('11:00–14:00');
  await expect(page.getByTestId('order-timeline')).toContainText('Created as “Scheduled”');
  expect((await invoke(page, 'orders.list', {})).total).toBe(2);
});

test('a blocked customer’s order is refused; the owner accepts it with a reason, an operator cannot', async ({
  page,
}) => {
  await setUpShop(page);
  await addCustomer(page, { name: 'Arkady Sweets', phones: [{ raw: '+7 926 777-88-99' }] });
  await invoke(page, 'blocklist.add', {
    kind: 'phone',
    value: '+7 926 777-88-99',
    action: 'block',
    reason: 'Cash-on-delivery scam at a cafe',
  });
  await invoke(page, 'staff.createOperator', { name: 'Olga' });

  // From the customer's page: "New order" comes with the customer picked and the warning shown.
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await page
    .getByRole('table', { name: 'Customers' })
    .getByRole('row', { name: /Arkady Sweets/ })
    .click();
  await page.getByRole('link', { name: 'New order' }).click();
  const form = page.getByRole('form', { name: 'New order' });
  // The refusal shows while the order is typed, before anyone presses Save.
  const refusal = form.getByTestId('policy-refusal');
  await expect(refusal).toContainText('The shop’s rules refuse this order');
  await expect(refusal).toContainText('Cash-on-delivery scam at a cafe');
  await form.getByLabel('Order number').fill('C-7');
  await form.getByLabel('Item 1: title').fill('Chocolate box');
  await form.getByLabel('Item 1: unit price').fill('4200');
  await form.getByRole('button', { name: 'Accept with this reason' }).click();
  await expect(refusal.getByText('Give the reason to accept this order')).toBeVisible();
  await shot(page, 'order-blocked');
  expect((await invoke(page, 'orders.list', {})).total).toBe(0);
  await refusal.getByLabel('Override with a reason').fill('Paid in advance by bank transfer');
  await form.getByRole('button', { name: 'Accept with this reason' }).click();
  await expect(page.getByRole('heading', { name: 'Order C-7', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Warnings about this order' })).toContainText(
    'On the blocklist (Phone, exact match): Cash-on-delivery scam at a cafe',
  );
  await shot(page, 'order-page-overridden');

  // An operator is refused and offered no override.
  await switchUser(page, 'Olga');
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('link', { name: 'New order' }).click();
  const operatorForm = page.getByRole('form', { name: 'New order' });
  await operatorForm.getByLabel('Order number').fill('C-8');
  await operatorForm.getByRole('combobox', { name: 'Customer' }).fill('Arkady');
  await page.getByRole('option', { name: /Arkady Sweets/ }).click();
  await operatorForm.getByLabel('Item 1: title').fill('Chocolate box');
  await operatorForm.getByLabel('Item 1: unit price').fill('4200');
  await operatorForm.getByRole('button', { name: 'Save order' }).click();
  await expect(operatorForm.getByTestId('policy-refusal')).toContainText('Only the owner can accept it.');
  await expect(operatorForm.getByLabel('Override with a reason')).toHaveCount(0);
  expect((await invoke(page, 'orders.list', {})).total).toBe(1);
});

test('an order’s page: attempts with their cost, allowed status steps, and an edit that lost a race', async ({
  page,
}) => {
  await setUpShop(page);
  const courier = await addCourier(page, {
    name: 'Ivan Driver',
    kind: 'own_driver',
    capacity: 10,
    costPerDelivery: 35000,
  });
  const vera = await addCustomer(page, { name: 'Vera Orlova', phones: [{ raw: '+7 916 200-00-03' }] });
  await addOrder(page, {
    number: 'D-1',
    customerId: vera,
    courierId: courier.id,
    address: 'Sadovaya 7',
    items: [{ title: 'Bed sheet', quantity: 1, unitPrice: 190000 }],
  });

  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('table', { name: 'Orders' }).getByRole('row', { name: /D-1/ })).toContainText(
    'Ivan Driver',
  );
  await shot(page, 'orders-list');
  await page.getByRole('table', { name: 'Orders' }).getByRole('row', { name: /D-1/ }).click();
  await expect(page.getByRole('heading', { name: 'Order D-1', level: 2 })).toBeVisible();

  // Only the steps ORDER_TRANSITIONS allows from "scheduled" (outcomes go through an attempt).
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Confirmed', 'Out for delivery', 'Cancelled']);
  await page.keyboard.press('Escape');

  // Not at home twice, then delivered: three attempts, three costs.
  for (const outcome of ['Not at home', 'Not at home', 'Delivered']) {
    await page.getByRole('button', { name: 'Record delivery attempt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delivery attempt for order D-1' });
    await expect(dialog.getByLabel('Cost of this attempt')).toHaveValue('350');
    await dialog.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: outcome, exact: true }).click();
    await dialog.getByRole('button', { name: 'Record attempt' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(page.getByTestId('order-status')).toHaveText('Delivered');
  const attempts = page.getByTestId('order-timeline').locator('tr[data-kind="attempt"]');
  await expect(attempts).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) await expect(attempts.nth(i)).toContainText('RUB 350');
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await shot(page, 'order-page-attempts');

  // An edit made while someone else changed the order answers "changed meanwhile".
  const other = await addOrder(page, {
    number: 'D-2',
    customerId: vera,
    items: [{ title: 'Pillow case', quantity: 2, unitPrice: 40000 }],
  });
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('table', { name: 'Orders' }).getByRole('row', { name: /D-2/ }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Order D-2' });
  await form.getByLabel('Item 1: quantity').fill('3');
  await invoke(page, 'orders.setStatus', {
    id: other.id,
    status: 'confirmed',
    expectedUpdatedAt: other.updatedAt,
  });
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(form.getByTestId('order-conflict')).toContainText('Changed meanwhile');
  await form.getByRole('button', { name: 'Reload' }).click();
  await expect(form.getByLabel('Item 1: quantity')).toHaveValue('2');
  await form.getByLabel('Item 1: quantity').fill('3');
  await form.getByRole('button', { name: 'Save order' }).click();
  await expect(page.getByRole('heading', { name: 'Order D-2', level: 2 })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
  await expect(page.getByRole('table', { name: 'Items' })).toContainText('RUB 1,200');
});

test('the risk filter narrows the orders to flagged customers, or to those accepted despite the blocklist', async ({
  page,
}) => {
  await setUpShop(page);
  const item = [{ title: 'Pillow', quantity: 1, unitPrice: 90000 }];
  const pavel = await addCustomer(page, { name: 'Pavel Orlov', phones: [{ raw: '+7 916 300-00-01' }] });
  const maria = await addCustomer(page, {
    name: 'Maria Kuznetsova',
    phones: [{ raw: '+7 916 300-00-02' }],
    caution: true,
  });
  const lena = await addCustomer(page, {
    name: 'Lena Petrova',
    phones: [{ raw: '+7 916 300-00-03' }],
    doubtful: true,
  });
  const arkady = await addCustomer(page, { name: 'Arkady Sweets', phones: [{ raw: '+7 916 300-00-04' }] });
  await addOrder(page, { number: 'P-1', customerId: pavel, items: item });
  await addOrder(page, { number: 'M-1', customerId: maria, items: item });
  await addOrder(page, { number: 'L-1', customerId: lena, items: item });
  // Arkady's first order came before his block; the second was accepted despite it.
  await addOrder(page, { number: 'A-1', customerId: arkady, items: item });
  await invoke(page, 'blocklist.add', {
    kind: 'phone',
    value: '+7 916 300-00-04',
    customerId: arkady,
    action: 'block',
    reason: 'Cash-on-delivery scam',
  });
  await addOrder(page, { number: 'A-2', customerId: arkady, items: item, overrideReason: 'Paid in advance' });

  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByTestId('orders-total')).toHaveText('Orders: 5');
  const table = page.getByRole('table', { name: 'Orders' });
  const numbers = table.getByRole('row').locator('[role="cell"]:first-child');

  await page.getByRole('combobox', { name: 'Risk' }).click();
  await expect(page.getByRole('option')).toHaveText(['Flagged customers', 'Accepted despite blocklist']);
  await shot(page, 'orders-risk-filter');
  await page.getByRole('option', { name: 'Flagged customers' }).click();
  await expect(page.getByTestId('orders-total')).toHaveText('Orders: 4');
  await expect(numbers).toHaveText(['A-2', 'A-1', 'L-1', 'M-1']);

  await page.getByRole('combobox', { name: 'Risk' }).click();
  await page.getByRole('option', { name: 'Accepted despite blocklist' }).click();
  await expect(page.getByTestId('orders-total')).toHaveText('Orders: 1');
  await expect(numbers).toHaveText(['A-2']);
});
