import { existsSync } from 'node:fs';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY, MORNING_AFTER_DAY } from './day';
import { pdfText } from './pdf';

// Outcomes are recorded for DAY, so the shop's clock shows the morning after (a day to come has none).
test.use({ shopNow: MORNING_AFTER_DAY });

test('the day plan, the calls and the route sheet speak Russian, the saved PDF too', async ({ page }) => {
  await setUpShop(page);
  const courier = await addCourier(page, {
    name: 'Иван Водитель',
    kind: 'own_driver',
    capacity: 6,
    costPerDelivery: 30000,
  });
  const maria = await addCustomer(page, {
    name: 'Мария Кузнецова',
    phones: [{ raw: '+7 903 111-22-33' }],
    caution: true,
    deliveryNotes: 'Вход со двора',
  });
  const pavel = await addCustomer(page, {
    name: 'Павел Орлов',
    phones: [{ raw: '+7 903 111-22-44' }],
    doNotCall: true,
  });
  await addOrder(page, {
    number: 'Р-1',
    customerId: maria,
    courierId: courier.id,
    address: 'Тверская 1, кв. 5',
    window: { from: '11:00', to: '14:00' },
    items: [{ title: 'Полотенце', quantity: 2, unitPrice: 120000 }],
  });
  await addOrder(page, {
    number: 'Р-2',
    customerId: pavel,
    address: 'Арбат 10',
    window: { from: '14:00', to: '17:00' },
    items: [{ title: 'Скатерть', quantity: 1, unitPrice: 310000 }],
  });

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await expect(page).toHaveURL(/#\/day-plan$/);
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  await expect(page.getByRole('region', { name: 'Без курьера' })).toContainText('Р-2');
  await expect(page.getByRole('region', { name: 'Иван Водитель' })).toContainText('1 / 6 точек');
  await shot(page, 'ru-dayplan');

  await page.getByRole('radiogroup', { name: 'Часть дня' }).getByText('Звонки-подтверждения').click();
  await expect(page).toHaveURL(/#\/day-plan\/calls\?date=/);
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  // The do-not-call customer gets a message instead, composed in Russian.
  const pavelMessage = page.getByTestId('message-row').filter({ hasText: 'Р-2' });
  await expect(pavelMessage).toContainText('Не звонить');
  await expect(pavelMessage.getByTestId('message-text')).toContainText('Доставка вашего заказа Р-2: ');
  await expect(page.getByTestId('calls-summary')).toContainText('Ещё позвонить: 1');
  await shot(page, 'ru-calls');

  await page.getByRole('radiogroup', { name: 'Часть дня' }).getByText('План', { exact: true }).click();
  await expect(page).toHaveURL(/#\/day-plan\?date=/);
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  await expect(page).toHaveURL(new RegExp(`#/day-plan\\?date=${DAY}$`));
  await page.getByRole('link', { name: 'Маршрутный лист: Иван Водитель' }).click();
  const sheet = page.getByTestId('route-sheet');
  await expect(sheet).toContainText('Товар проверен, претензий нет — подпись');
  await expect(sheet).toContainText('От проверки товара в присутствии курьера отказался — подпись');
  await shot(page, 'ru-route-sheet');
  await sheet.getByRole('link', { name: 'Назад к плану дня' }).click();
  await page.getByRole('button', { name: 'Сохранить PDF: Иван Водитель' }).click();
  const saved = page.getByTestId('route-sheet-saved');
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const path = (await saved.getAttribute('data-path'))!;
  expect(existsSync(path)).toBe(true);
  const text = await pdfText(path);
  expect(text).toContain('Тверская 1, кв. 5');
  expect(text).toContain('Товар проверен, претензий нет — подпись');
  expect(text).toContain('От проверки товара в присутствии курьера отказался — подпись');
  expect(text).toContain('Вход со двора');

  // End of day: once the outcome is in, the stop says what was received of the total.
  await page.getByRole('radiogroup', { name: 'Часть дня' }).getByText('Итоги дня').click();
  await expect(page).toHaveURL(/#\/day-plan\/end-of-day\?date=/);
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  const r1 = page.getByTestId('eod-stop').filter({ hasText: 'Р-1' });
  await expect(r1.getByTestId('eod-received')).toHaveCount(0);
  await r1.getByRole('button', { name: 'Доставлен' }).click();
  await expect(r1).toHaveAttribute('data-status', 'delivered');
  await expect(r1.getByTestId('eod-received')).toHaveText('Получено 2 400 ₽ из 2 400 ₽');
  await shot(page, 'ru-end-of-day');
});
