import { localDate, addDays } from '../../shared/domain/dates';
import { expect, navigation, OWNER, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder } from './day';
import { invoke } from './shop';

// Issue 15, point 6: the evening operator opens the calls and lands on tomorrow; each row says
// where, how much and who; "call again at" is kept and sorts the list; do-not-call and pickup-point
// customers get a composed message that is ticked sent.

test('the evening calls: tomorrow’s list, what to say, call-backs by time, messages instead of calls', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpShop(page);
  const settings = await invoke(page, 'settings.get', {});
  const tomorrow = addDays(localDate(Date.now(), settings.timeZone), 1);
  const ivan = await addCourier(page, { name: 'Ivan Driver', kind: 'own_driver', costPerDelivery: 30000 });
  const customer = async (name: string, phone: string, extra: { doNotCall?: boolean } = {}) =>
    addCustomer(page, { name, phones: [{ raw: phone }], ...extra });
  const items = [{ title: 'Linen set', quantity: 1, unitPrice: 420000 }];
  await addOrder(page, {
    number: 'E-1',
    customerId: await customer('Maria Kuznetsova', '+7 903 111-22-33'),
    address: 'Tverskaya 1, apt 5',
    window: { from: '11:00', to: '14:00' },
    courierId: ivan.id,
    deliveryDate: tomorrow,
    items,
  });
  // Given its day by editing it: still on tomorrow's list.
  const later = await addOrder(page, {
    number: 'E-2',
    customerId: await customer('Anna Belova', '+7 916 200-00-01'),
    address: 'Lenina 3',
    deliveryDate: null,
    items,
  });
  await invoke(page, 'orders.update', {
    id: later.id,
    expectedUpdatedAt: later.updatedAt,
    number: 'E-2',
    customerId: later.customer.id,
    items,
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    address: 'Lenina 3',
    window: { from: '14:00', to: '17:00' },
    deliveryDate: tomorrow,
  });
  await addOrder(page, {
    number: 'E-3',
    customerId: await customer('Oleg Sidorov', '+7 925 555-44-33', { doNotCall: true }),
    address: 'Arbat 10',
    window: { from: '11:00', to: '14:00' },
    deliveryDate: tomorrow,
    items,
  });
  await addOrder(page, {
    number: 'E-4',
    customerId: await customer('Nina Postnikova', '+7 916 200-00-04'),
    address: 'Pickup point, Mira 44',
    deliveryMethod: 'pickup_point',
    paymentMethod: 'card_online',
    paymentStatus: 'paid',
    deliveryDate: tomorrow,
    items,
  });

  // Day plan opens on today; its "Confirmation calls" tab opens on tomorrow and says so.
  await navigation(page).getByRole('link', { name: 'Day plan' }).click();
  await expect(page).toHaveURL(/#\/day-plan$/);
  await page.getByRole('radiogroup', { name: 'Part of the day' }).getByText('Confirmation calls').click();
  await expect(page).toHaveURL(new RegExp(`#/day-plan/calls\\?date=${tomorrow}$`));
  await expect(page.getByTestId('calls-for')).toContainText('Calls for tomorrow, ');

  const rows = page.getByTestId('call-row');
  const row = (number: string) => rows.filter({ hasText: number });
  await expect(rows).toHaveCount(2);
  await expect(row('E-1').getByTestId('call-delivery')).toContainText('Tverskaya 1, apt 5');
  await expect(row('E-1').getByTestId('call-collect')).toHaveText('RUB 4,200');
  await expect(row('E-1').getByTestId('call-delivery')).toContainText('Ivan Driver');
  await expect(row('E-2').getByTestId('call-delivery')).toContainText('no courier yet');
  await expect(page.getByTestId('calls-summary')).toContainText('Still to call: 2');

  // One keystroke logs a call and moves to the next customer.
  await row('E-1').focus();
  await page.keyboard.press('2');
  await expect(row('E-1').getByTestId('call-attempts')).toHaveText('No answer ×1');
  await expect(row('E-2')).toBeFocused();

  // "Call again at…" (key 6): the time is kept, shown, and the row goes after the others.
  await row('E-1').focus();
  await page.keyboard.press('6');
  const again = page.getByRole('dialog', { name: 'Call again at… — Maria Kuznetsova' });
  await again.getByLabel('Time to call again').fill('19:30');
  await again.getByRole('button', { name: 'Log the call' }).click();
  await expect(row('E-1').getByTestId('call-back-at')).toHaveText('Call again at 19:30');
  await expect(rows.nth(1)).toContainText('E-1');
  await expect(rows.nth(0)).toContainText('E-2');

  // The do-not-call customer and the pickup-point one: a message, not a call.
  const messages = page.getByTestId('message-row');
  const message = (number: string) => messages.filter({ hasText: number });
  await expect(messages).toHaveCount(2);
  await expect(message('E-3')).toContainText('Do not call');
  await expect(message('E-3').getByTestId('message-text')).toContainText(
    `This is ${OWNER.shopName}. Your order E-3 arrives on`,
  );
  await expect(message('E-3').getByTestId('message-text')).toContainText(
    '11:00–14:00 at Arbat 10. To pay: RUB 4,200.',
  );
  await expect(message('E-4').getByTestId('message-text')).toContainText('To pay: nothing, it is paid.');
  await expect(message('E-4').getByTestId('message-sms')).toHaveAttribute(
    'href',
    /^sms:\+79162000004\?body=Hello!%20This%20is/,
  );
  await expect(message('E-4').getByTestId('message-whatsapp')).toHaveAttribute(
    'href',
    /^https:\/\/wa\.me\/79162000004\?text=/,
  );
  await message('E-4').getByRole('button', { name: 'Mark sent' }).click();
  await expect(message('E-4').getByTestId('message-sent')).toContainText(OWNER.ownerName);
  await expect(message('E-4')).toHaveAttribute('data-sent', 'true');
  await expect(page.getByTestId('messages-summary')).toHaveText('Sent: 1 of 2');
  await shot(page, 'evening-calls');

  // The same in Russian.
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await page.getByRole('radiogroup', { name: 'Часть дня' }).getByText('Звонки-подтверждения').click();
  await expect(page.getByTestId('calls-for')).toContainText('Звонки на завтра, ');
  await expect(row('E-1').getByTestId('call-back-at')).toHaveText('Перезвонить в 19:30');
  await expect(message('E-3').getByTestId('message-text')).toContainText('Доставка вашего заказа E-3: ');
  await expect(message('E-4').getByTestId('message-sent')).toContainText('Отправлено');
  await shot(page, 'ru-evening-calls');
});
