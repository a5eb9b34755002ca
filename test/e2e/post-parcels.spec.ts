import type { Page } from '@playwright/test';
import { expect, navigation, notification, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, DAY, MORNING_AFTER_DAY, NEXT_DAY, openDay } from './day';
import { pdfText } from './pdf';
import { invoke } from './shop';

// Issue 15, point 8 (scenario 8): the post parcel's "reached the customer's city" step, the
// tracking number on the route sheet; and the order's timeline telling messages and bulk moves.
test.use({ shopNow: MORNING_AFTER_DAY });

async function toRussian(page: Page) {
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await expect(navigation(page).getByRole('link', { name: 'План дня' })).toBeVisible();
}

test('a post parcel reaches the customer’s city: recorded from the post list, shown there and in the order’s timeline', async ({
  page,
}) => {
  await setUpShop(page);
  await addCourier(page, { name: 'Russian Post', kind: 'post', costPerDelivery: 35000 });
  const customerId = await addCustomer(page, { name: 'Irina Tomsk', phones: [{ raw: '+7 913 555-10-10' }] });
  const parcel = await addOrder(page, {
    number: 'R-1',
    customerId,
    deliveryMethod: 'post',
    paymentMethod: 'card_online',
    paymentStatus: 'paid',
    address: 'Tomsk, Lenina 5',
    trackingNumber: 'RA123456785RU',
    items: [{ title: 'Linen set', quantity: 1, unitPrice: 450000 }],
  });
  await invoke(page, 'orders.setStatus', {
    id: parcel.id,
    status: 'out_for_delivery',
    expectedUpdatedAt: parcel.updatedAt,
  });

  await openDay(page, 'Plan', DAY);
  const list = page.getByTestId('message-only');
  const row = list.getByRole('row').filter({ hasText: 'R-1' });
  await expect(row.getByTestId('tracking-number')).toHaveText('RA123456785RU');
  await expect(row.getByTestId('arrived-on')).toHaveCount(0);
  await row.getByRole('button', { name: 'Reached the city… R-1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Order R-1 reached the customer’s city' });
  await expect(dialog).toContainText('RA123456785RU');
  // Today in the shop (the morning after DAY) unless changed.
  await expect(dialog.getByLabel('Arrived on')).toHaveValue('2031-03-15');
  await dialog.getByLabel('Post office or note').fill('Post office 634050');
  await dialog.getByRole('button', { name: 'Record arrival' }).click();
  await expect(notification(page, 'Order R-1: arrival in the customer’s city recorded.')).toBeVisible();
  await expect(row.getByTestId('arrived-on')).toHaveText('In the customer’s city since Mar 15, 2031');
  await shot(page, 'post-list-arrived');

  await row.getByRole('link', { name: 'R-1' }).click();
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline.locator('[data-kind="arrival"]')).toContainText(
    'Reached the customer’s city, Mar 15, 2031· Post office 634050',
  );
  await expect(page.getByTestId('order-facts')).toContainText('Arrived onMar 15, 2031');
  const audit = await invoke(page, 'audit.list', { action: 'post_arrival' });
  expect(audit.rows.map((r) => [r.entityId, r.note])).toEqual([[parcel.id, 'Post office 634050']]);

  await toRussian(page);
  await page.goto(`${page.url().split('#')[0]}#/orders/${parcel.id}`);
  await expect(page.getByTestId('order-timeline').locator('[data-kind="arrival"]')).toContainText(
    'Прибыл в город получателя, 15 мар. 2031 г.',
  );
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  await expect(page.getByTestId('arrived-on')).toContainText('В городе получателя с 15 мар. 2031 г.');
  await shot(page, 'post-list-arrived-ru');
});

test('the route sheet of a courier service carries each stop’s tracking number, on screen and in the PDF', async ({
  page,
}) => {
  await setUpShop(page);
  const alfa = await addCourier(page, {
    name: 'Alfa Express',
    kind: 'courier_service',
    costPerDelivery: 40000,
  });
  for (const [n, tracking] of [
    [1, 'ALFA-000123'],
    [2, null],
  ] as const) {
    const customerId = await addCustomer(page, {
      name: `Service customer ${n}`,
      phones: [{ raw: `+7 916 555-20-0${n}` }],
    });
    await addOrder(page, {
      number: `T-${n}`,
      customerId,
      courierId: alfa.id,
      deliveryMethod: 'courier_service',
      trackingNumber: tracking,
      address: `Mira ${n}`,
      window: { from: '11:00', to: '14:00' },
      items: [{ title: 'Towel', quantity: 1, unitPrice: 150000 }],
    });
  }
  await page.goto(`${page.url().split('#')[0]}#/print/route-sheet/${alfa.id}/${DAY}`);
  const stops = page.getByTestId('sheet-stop');
  await expect(stops).toHaveCount(2);
  await expect(stops.filter({ hasText: 'T-1' }).getByTestId('sheet-tracking')).toHaveText(
    'Tracking number: ALFA-000123',
  );
  await expect(stops.filter({ hasText: 'T-2' }).getByTestId('sheet-tracking')).toHaveCount(0);
  const { path } = await invoke(page, 'print.routeSheet', { courierId: alfa.id, date: DAY });
  expect(await pdfText(path)).toContain('Tracking number: ALFA-000123');
});

test('the order’s timeline tells a message sent instead of a call and a bulk move’s reason, in English and Russian', async ({
  page,
}) => {
  await setUpShop(page);
  const ivan = await addCourier(page, { name: 'Ivan Driver', kind: 'own_driver', costPerDelivery: 30000 });
  const pickupCustomer = await addCustomer(page, {
    name: 'Pickup Pavla',
    phones: [{ raw: '+7 916 555-30-01' }],
  });
  const pickup = await addOrder(page, {
    number: 'M-1',
    customerId: pickupCustomer,
    deliveryMethod: 'pickup_point',
    address: 'Pickup point, Lenina 1',
    items: [{ title: 'Towel', quantity: 1, unitPrice: 150000 }],
  });
  const moved = [];
  for (const n of [2, 3]) {
    const customerId = await addCustomer(page, {
      name: `Driver customer ${n}`,
      phones: [{ raw: `+7 916 555-30-0${n}` }],
    });
    moved.push(
      await addOrder(page, {
        number: `M-${n}`,
        customerId,
        courierId: ivan.id,
        window: { from: '11:00', to: '14:00' },
        items: [{ title: 'Towel', quantity: 1, unitPrice: 150000 }],
      }),
    );
  }
  await invoke(page, 'calls.messageSent', { orderId: pickup.id, text: 'Your order M-1 waits at Lenina 1' });
  await invoke(page, 'plan.move', {
    orders: moved.map((o) => ({ id: o.id, updatedAt: o.updatedAt })),
    date: NEXT_DAY,
    reason: { code: 'city_event', text: 'Marathon, centre closed' },
  });

  const base = page.url().split('#')[0];
  await page.goto(`${base}#/orders/${pickup.id}`);
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline.locator('[data-kind="message"]')).toContainText(
    'Message sent instead of a call· Your order M-1 waits at Lenina 1',
  );
  await page.goto(`${base}#/orders/${moved[0]!.id}`);
  await expect(timeline.locator('[data-kind="move"]')).toContainText(
    'Moved to Mar 17, 2031: City event / road closure· Marathon, centre closed',
  );
  await shot(page, 'order-timeline-move');

  await toRussian(page);
  await page.goto(`${base}#/orders/${moved[0]!.id}`);
  await expect(timeline.locator('[data-kind="move"]')).toContainText(
    'Перенесён на 17 мар. 2031 г.: Городское мероприятие / перекрытие дорог',
  );
  await page.goto(`${base}#/orders/${pickup.id}`);
  await expect(timeline.locator('[data-kind="message"]')).toContainText('Отправлено сообщение вместо звонка');
  await shot(page, 'order-timeline-message-ru');
});
