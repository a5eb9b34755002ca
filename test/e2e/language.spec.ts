import { expect, navigation, setUpShop, shot, statusBar, test } from './fixtures';

test('switching to Russian translates the navigation and the status bar at once, and it sticks', async ({
  page,
}) => {
  await setUpShop(page);
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();

  const nav = navigation(page);
  for (const screen of [
    'Звонки',
    'План дня',
    'Заказы',
    'Клиенты',
    'Инциденты',
    'Чёрный список',
    'Отчёты',
    'Настройки',
  ]) {
    await expect(nav.getByRole('link', { name: screen })).toBeVisible();
  }
  const bar = statusBar(page);
  await expect(bar.getByText('Вошли:')).toBeVisible();
  await expect(bar.getByText('Владелец')).toBeVisible();
  await expect(bar.getByText('Магазин:')).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Сменить пользователя' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Настройки', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сохранить настройки магазина' })).toBeVisible();
  await shot(page, 'settings-ru');
  await page.getByRole('heading', { name: 'Демо-данные' }).scrollIntoViewIfNeeded();
  await shot(page, 'settings-ru-staff');

  // Main remembers the choice: after a reload the app comes back in Russian.
  await page.reload();
  await expect(navigation(page).getByRole('link', { name: 'Звонки' })).toBeVisible();
  await nav.getByRole('link', { name: 'Звонки' }).click();
  await expect(page.getByText('Кто звонит и что ему нужно?')).toBeVisible();
  await shot(page, 'shell-ru');
});
