import type { Page } from '@playwright/test';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { addCourier, addCustomer, addOrder, column, DAY, openDay, stop } from './day';

// Issue 15, point 10: the keyboard path keeps its place on the board, and the compact board's
// route-sheet buttons and couriers' names are whole at 1366 px, in English and in Russian.

/** One stop in each of the five columns a busy day has: none, two drivers, a foot courier, a service. */
async function fiveColumns(page: Page) {
  const couriers = [
    await addCourier(page, { name: 'Yuri Driver', kind: 'own_driver', capacity: 30, costPerDelivery: 30000 }),
    await addCourier(page, {
      name: 'Zakhar Driver',
      kind: 'own_driver',
      capacity: 20,
      costPerDelivery: 30000,
    }),
    await addCourier(page, {
      name: 'Boris Foot',
      kind: 'foot_courier',
      capacity: 12,
      costPerDelivery: 15000,
    }),
    await addCourier(page, { name: 'Alfa Express', kind: 'courier_service', costPerDelivery: 40000 }),
  ];
  const rotation = [
    couriers[0]!.id,
    couriers[0]!.id,
    couriers[1]!.id,
    couriers[2]!.id,
    couriers[3]!.id,
    null,
  ];
  for (const [i, courierId] of rotation.entries()) {
    const customerId = await addCustomer(page, {
      name: `Customer ${i + 1}`,
      phones: [{ raw: `+7 916 600-00-${String(10 + i)}` }],
    });
    await addOrder(page, {
      number: `F-${i + 1}`,
      customerId,
      courierId,
      window: { from: '11:00', to: '14:00' },
      address: `Lenina ${i + 1}`,
      items: [{ title: 'Towel', quantity: 1, unitPrice: 150000 }],
    });
  }
}

test('the keyboard keeps its card: Esc on “Move to…” and a move both leave the focus on the card, not on the page', async ({
  page,
}) => {
  await setUpShop(page);
  await fiveColumns(page);
  await openDay(page, 'Plan', DAY);
  const card = stop(page, 'F-1');
  await card.focus();
  await expect(card).toBeFocused();

  // M opens the dialog for the focused card; Esc closes it and the card has the keyboard again.
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Move orders: 1' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card).toBeFocused();

  // Moved to another courier: the card is in its new column and still focused, so ↓ and M go on.
  await page.keyboard.press('m');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Courier' }).click();
  await page.getByRole('option', { name: 'Boris Foot' }).click();
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  const moved = column(page, 'Boris Foot').getByTestId('stop').filter({ hasText: 'F-1' });
  await expect(moved).toBeVisible();
  await expect(moved).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);

  // A card moved to another day leaves the board: its column's next card takes the focus.
  const second = stop(page, 'F-2');
  await second.focus();
  await page.keyboard.press('m');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Day').fill('2031-03-20');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect(stop(page, 'F-2')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'stop');
});

/** Route-sheet buttons whose label is cut (drawn wider than the button shows), by their text. */
async function cutLabels(page: Page): Promise<string[]> {
  return page.getByTestId('plan-board').evaluate((board) =>
    [
      ...board.querySelectorAll<HTMLElement>(
        '[data-testid="route-sheet-actions"] button, [data-testid="route-sheet-actions"] a',
      ),
    ]
      .filter((button) => {
        const label = button.querySelector<HTMLElement>('.mantine-Button-label');
        if (!label) return false;
        const box = button.getBoundingClientRect();
        const column = button.closest('[data-testid="plan-column"]')!.getBoundingClientRect();
        return label.scrollWidth > label.clientWidth + 0.5 || box.right > column.right + 0.5;
      })
      .map((button) => button.textContent ?? ''),
  );
}

test('the compact board at 1366 px shows “Route sheet” and “Save PDF” whole, in English and Russian', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpShop(page);
  await fiveColumns(page);
  await openDay(page, 'Plan', DAY);
  await page.getByLabel('Compact view').check();
  const actions = page.getByTestId('route-sheet-actions');
  await expect(actions).toHaveCount(4);
  await expect(actions.first()).toContainText('Route sheet');
  expect(await cutLabels(page)).toEqual([]);
  await shot(page, 'board-compact-buttons');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await navigation(page).getByRole('link', { name: 'План дня' }).click();
  await page.getByLabel('Дата', { exact: true }).fill(DAY);
  await expect(page.getByLabel('Компактный вид')).toBeChecked();
  await expect(actions.first()).toContainText('Маршрутный лист');
  await expect(actions.first()).toContainText('Сохранить PDF');
  expect(await cutLabels(page)).toEqual([]);
  // Nor a courier's name for the load's word ("13 / 20 точек" took the room of "Zakhar Driver").
  const cutNames = await page
    .getByTestId('plan-board')
    .evaluate((board) =>
      [...board.querySelectorAll<HTMLElement>('[data-testid="plan-column"] p[title]')]
        .filter((name) => name.scrollWidth > name.clientWidth + 0.5)
        .map((name) => name.textContent),
    );
  expect(cutNames).toEqual([]);
  await shot(page, 'board-compact-buttons-ru');
});
