import { expect, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, column, DAY, NEXT_DAY, openDay, stop } from './day';
import { invoke } from './shop';

test('a day falls apart: the selected orders move to another day in their order and land on its call list', async ({
  page,
}) => {
  await setUpShop(page);
  const ivan = await addCourier(page, {
    name: 'Ivan Driver',
    kind: 'own_driver',
    capacity: 8,
    costPerDelivery: 30000,
  });
  const names = ['Anna Belova', 'Igor Popov', 'Vera Orlova', 'Oleg Sidorov'];
  const orders = [];
  for (const [i, name] of names.entries()) {
    const customerId = await addCustomer(page, { name, phones: [{ raw: `+7 916 300-00-0${i}` }] });
    orders.push(
      await addOrder(page, {
        number: `E-${i + 1}`,
        customerId,
        courierId: ivan.id,
        window: i < 2 ? { from: '11:00', to: '14:00' } : { from: '14:00', to: '17:00' },
        items: [{ title: 'Towel', quantity: 1, unitPrice: 100000 }],
      }),
    );
  }
  // Confirmed yesterday evening: a move to another day means calling them again.
  await invoke(page, 'calls.log', { orderId: orders[0]!.id, outcome: 'confirmed' });

  await openDay(page, 'Plan', DAY);
  const ivanColumn = column(page, 'Ivan Driver');
  await expect(ivanColumn.getByTestId('stop')).toHaveCount(4);
  // E-1, E-2 and E-3 with Ctrl+click and Shift+click; E-4 stays.
  await stop(page, 'E-1').click();
  await stop(page, 'E-3').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-bar')).toContainText('Selected: 3');
  await stop(page, 'E-2').click({ modifiers: ['ControlOrMeta'] });
  await stop(page, 'E-2').click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('selection-bar')).toContainText('Selected: 3');
  await page.getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move orders: 3' });
  await expect(dialog.getByTestId('move-list').getByRole('listitem')).toHaveText([
    'E-1 · Anna Belova',
    'E-2 · Igor Popov',
    'E-3 · Vera Orlova',
  ]);
  await dialog.getByLabel('Day').fill(NEXT_DAY);
  await expect(dialog.getByText('Another day: these customers go on that day’s call list.')).toBeVisible();
  // Many orders to another day: the dialog asks why before moving anything.
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog.getByText('Say why these orders move to another day')).toBeVisible();
  await expect(ivanColumn.getByTestId('stop')).toHaveCount(4);
  await dialog.getByRole('combobox', { name: 'Why are they moving?' }).click();
  await page.getByRole('option', { name: 'City event / road closure' }).click();
  await dialog.getByLabel('Details (optional)').fill('Marathon, centre closed');
  await shot(page, 'dayplan-move-dialog');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(
    page.getByText(`Moved to ${NEXT_DAY}: 3 (City event / road closure). They are on that day’s call list.`),
  ).toBeVisible();
  await expect(ivanColumn.getByTestId('stop')).toHaveCount(1);
  // Each moved order's audit entry says why.
  const audit = await invoke(page, 'audit.list', { action: 'move' });
  expect(
    audit.rows.map((r) => [r.entityId, (r.after as { reason?: unknown } | null)?.reason, r.note]).sort(),
  ).toEqual(
    orders
      .slice(0, 3)
      .map((o) => [o.id, { code: 'city_event', text: 'Marathon, centre closed' }, 'Marathon, centre closed'])
      .sort(),
  );
  await expect(ivanColumn.getByTestId('stop')).toContainText('E-4');

  // The next day: same courier, same order; all three back on the call list, none confirmed.
  await openDay(page, 'Plan', NEXT_DAY);
  await expect(column(page, 'Ivan Driver').getByTestId('stop')).toHaveText([/E-1/, /E-2/, /E-3/]);
  await openDay(page, 'Confirmation calls', NEXT_DAY);
  const rows = page.getByTestId('call-row');
  await expect(rows).toHaveCount(3);
  for (const name of names.slice(0, 3))
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-state', 'needs');
  await expect(page.getByTestId('calls-summary')).toContainText('Still to call: 3');

  // Asked to reschedule: 4, then the new day and window.
  await rows.filter({ hasText: 'E-2' }).focus();
  await page.keyboard.press('4');
  const reschedule = page.getByRole('dialog', { name: 'Rescheduled — Igor Popov' });
  await reschedule.getByLabel('New day').fill(DAY);
  await reschedule.getByRole('combobox', { name: 'New window' }).click();
  await page.getByRole('option', { name: '17:00–20:00' }).click();
  await reschedule.getByRole('button', { name: 'Log the call' }).click();
  await expect(rows).toHaveCount(2);
  await openDay(page, 'Confirmation calls', DAY);
  await expect(page.getByTestId('call-row').filter({ hasText: 'E-2' })).toContainText('17:00–20:00');
  await shot(page, 'calls-after-move');
});

test('the move dialog shows each courier’s load and warns, without refusing, when a move would overload one', async ({
  page,
}) => {
  await setUpShop(page);
  const ivan = await addCourier(page, {
    name: 'Ivan Driver',
    kind: 'own_driver',
    capacity: 8,
    costPerDelivery: 30000,
  });
  const pavel = await addCourier(page, {
    name: 'Pavel Walker',
    kind: 'foot_courier',
    capacity: 2,
    costPerDelivery: 15000,
  });
  for (const [i, courierId] of [ivan.id, ivan.id, pavel.id].entries()) {
    const customerId = await addCustomer(page, {
      name: `Buyer ${i + 1}`,
      phones: [{ raw: `+7 916 400-00-0${i}` }],
    });
    await addOrder(page, {
      number: `C-${i + 1}`,
      customerId,
      courierId,
      window: { from: '11:00', to: '14:00' },
      items: [{ title: 'Towel', quantity: 1, unitPrice: 100000 }],
    });
  }
  await openDay(page, 'Plan', DAY);
  await stop(page, 'C-1').click();
  await stop(page, 'C-2').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move orders: 2' });
  await dialog.getByRole('combobox', { name: 'Courier' }).click();
  await expect(page.getByRole('option', { name: 'Ivan Driver · 2 / 8 stops' })).toBeVisible();
  await page.getByRole('option', { name: 'Pavel Walker · 1 / 2 stops' }).click();
  await expect(dialog.getByTestId('move-over-capacity')).toHaveText('Pavel Walker would have 3 of 2 stops');
  await shot(page, 'dayplan-move-over-capacity');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(column(page, 'Pavel Walker').getByTestId('stop')).toHaveCount(3);
});
