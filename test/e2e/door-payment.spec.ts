import { existsSync } from 'node:fs';
import { expect, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY, openDay, stop } from './day';
import { pdfText } from './pdf';

// Issue 15, point 1 (scenario 2): what the courier collects comes from the payment method AND its
// status. An unpaid bank transfer or e-wallet order is not "Paid" on the board or the route sheet.

test('the board and the route sheet say what to collect: cash, paid online, or not paid — do not hand over', async ({
  page,
}) => {
  await setUpShop(page);
  const courier = await addCourier(page, {
    name: 'Ivan Driver',
    kind: 'own_driver',
    costPerDelivery: 30_000,
  });
  const customer = await addCustomer(page, {
    name: 'Maria Kuznetsova',
    phones: [{ raw: '+7 903 111-22-33' }],
  });
  const item = [{ title: 'Cotton towel', quantity: 1, unitPrice: 420_000 }];
  const common = { customerId: customer, courierId: courier.id, items: item };
  await addOrder(page, { ...common, number: 'P-CASH', address: 'Tverskaya 1' });
  await addOrder(page, {
    ...common,
    number: 'P-ONLINE',
    address: 'Arbat 10',
    paymentMethod: 'card_online',
    paymentStatus: 'paid',
  });
  await addOrder(page, { ...common, number: 'P-BANK', address: 'Lenina 3', paymentMethod: 'bank_transfer' });
  await addOrder(page, { ...common, number: 'P-WALLET', address: 'Mira 7', paymentMethod: 'e_wallet' });

  await openDay(page, 'Plan', DAY);
  await expect(stop(page, 'P-CASH')).toContainText('4,200');
  await expect(stop(page, 'P-ONLINE')).toContainText('Paid');
  for (const unpaid of ['P-BANK', 'P-WALLET']) {
    await expect(stop(page, unpaid)).toContainText('Not paid');
    await expect(stop(page, unpaid)).not.toContainText('Paid');
  }
  await shot(page, 'door-payment-board');

  await page.getByRole('button', { name: 'Save PDF for Ivan Driver' }).click();
  const saved = page.getByTestId('route-sheet-saved');
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const path = (await saved.getAttribute('data-path'))!;
  expect(existsSync(path)).toBe(true);
  const text = await pdfText(path);
  expect(text).toContain('NOT PAID (Bank transfer) — do not hand over');
  expect(text).toContain('NOT PAID (E-wallet) — do not hand over');
  expect(text).toContain('Paid (Card online) — nothing to collect');
  expect(text.match(/nothing to collect/g)).toHaveLength(1);
});
