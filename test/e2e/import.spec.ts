import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, navigation, setUpShop, shot, test } from './fixtures';
import { invoke, switchUser } from './shop';

// Issue 8 through the UI: Settings → Import. The files are made here, as a shop's own export
// would be: a semicolon CSV in Windows-1251 with Russian headers, and an XLSX of customers.

const ORDERS_CSV = [
  'Номер заказа;Дата;Клиент;Телефон;Адрес;Товар;Кол-во;Цена;Доставка;Оплата',
  '1001;05.03.2026;Иван Петров;+7 916 111-22-33;Москва, ул. Льва Толстого, 16;Льняная скатерть;1;2500;Свой курьер;Наложенный платёж',
  '1001;05.03.2026;Иван Петров;+7 916 111-22-33;Москва, ул. Льва Толстого, 16;Салфетки льняные;2;300;Свой курьер;Наложенный платёж',
  '1002;06.03.2026;Мария Смирнова;+7 916 222-33-44;Москва, Тверская ул., 7;Полотенце;3;800;Почта;Карта онлайн',
  // Line 5: a date no calendar has.
  '1003;35.03.2026;Олег Сидоров;+7 916 333-44-55;Москва, Арбат, 10;Плед;1;4200;Свой курьер;Карта онлайн',
  '1004;07.03.2026;Анна Кузнецова;+7 916 444-55-66;Москва, Мясницкая ул., 3;Наволочка;2;650;Свой курьер;Наложенный платёж',
].join('\r\n');

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'shopdesk-import-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeOrdersFile(): string {
  const path = join(folder, 'заказы-март.csv');
  writeFileSync(path, iconv.encode(`${ORDERS_CSV}\r\n`, 'win1251'));
  return path;
}

async function openImport(page: Page) {
  await navigation(page)
    .getByRole('link', { name: /^(Settings|Настройки)$/ })
    .click();
  await page
    .getByRole('group', { name: /Settings pages|Разделы настроек/ })
    .getByRole('link', { name: /^(Import|Импорт)$/ })
    .click();
}

async function chooseFile(page: Page, path: string, button: RegExp) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

test('the owner imports a Windows-1251 CSV of orders: maps columns and a payment value, sees the broken row by its line, commits, and a second import changes nothing', async ({
  page,
}) => {
  await setUpShop(page);
  const file = writeOrdersFile();
  await openImport(page);
  await expect(page.getByRole('heading', { name: 'Import orders or customers' })).toBeVisible();
  await expect(page.getByTestId('import-empty')).toContainText('Choose the file to import');
  await expect(page.getByTestId('import-history-empty')).toBeVisible();
  await shot(page, 'import-1-empty');

  // Step 1: what ShopDesk read in the file.
  await chooseFile(page, file, /Choose a file/);
  const detected = page.getByTestId('import-detected');
  await expect(detected.getByTestId('import-file-name')).toContainText('заказы-март.csv');
  await expect(detected.getByTestId('import-format')).toHaveText('CSV (text)');
  await expect(detected.getByTestId('import-row-count')).toHaveText('5');
  await expect(page.getByRole('combobox', { name: 'Text encoding' })).toHaveValue('Windows-1251 (Cyrillic)');
  await expect(page.getByRole('combobox', { name: 'Columns are separated by' })).toHaveValue('Semicolon ;');
  await expect(page.getByRole('combobox', { name: 'Header', exact: true })).toHaveValue(
    'One line of column names',
  );
  await shot(page, 'import-2-detected');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();

  // Step 2: columns by their Russian headers, with the values under them; focus on the first one.
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping.getByTestId('import-column')).toHaveCount(10);
  await expect(page.getByRole('combobox', { name: 'What column Номер заказа is' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'What column Номер заказа is' })).toHaveValue(
    'Order number',
  );
  await expect(page.getByRole('combobox', { name: 'What column Оплата is' })).toHaveValue('Payment method');
  await expect(mapping.getByTestId('import-column').filter({ hasText: 'Оплата' })).toContainText(
    'Наложенный платёж',
  );
  // "Доставка" holds how the order goes, not its price: its values say so.
  await expect(page.getByRole('combobox', { name: 'What column Доставка is' })).toHaveValue(
    'Delivery method',
  );
  await expect(page.getByTestId('import-requirements').locator('[data-met="false"]')).toHaveCount(0);
  await shot(page, 'import-3-mapping');
  await page.getByRole('button', { name: 'Check the file' }).click();

  // Step 3, the dry run: the unknown payment value and the bad date, by line.
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems).toBeVisible();
  const badDate = problems.getByRole('row').filter({ hasText: '35.03.2026' });
  await expect(badDate).toContainText('5');
  await expect(badDate).toContainText('“35.03.2026” is not a date');
  await expect(badDate).toContainText('Дата');
  await expect(problems.getByRole('row').filter({ hasText: 'Наложенный платёж' }).first()).toContainText(
    'is unknown',
  );
  const unknown = page.getByTestId('import-unknown');
  await expect(unknown).toContainText('Наложенный платёж');
  await expect(page.getByTestId('import-count-create')).toContainText('1');
  await shot(page, 'import-4-dry-run');

  // The user says what the value means (the focus is already there) and checks again.
  const meaning = page.getByRole('combobox', { name: 'What “Наложенный платёж” means in Payment method' });
  await expect(meaning).toBeFocused();
  await meaning.click();
  await page.getByRole('option', { name: 'Cash on delivery' }).click();
  await expect(page.getByTestId('import-stale')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('import-stale')).toHaveCount(0);
  await expect(page.getByTestId('import-count-create')).toContainText('3');
  await expect(page.getByTestId('import-count-update')).toContainText('0');
  await expect(page.getByTestId('import-count-skipped')).toContainText('1');
  await expect(problems.getByRole('row')).toHaveCount(2); // the header and line 5
  await expect(problems).toContainText('35.03.2026');
  await expect(meaning).toHaveValue('Cash on delivery');
  await shot(page, 'import-5-dry-run-mapped');

  // Step 4: the button says what will be written.
  await page.getByRole('button', { name: 'Next: import' }).click();
  const commit = page.getByTestId('import-commit');
  await expect(commit).toHaveText('Import 3 orders: 3 new, 0 updated; 1 skipped');
  await expect(commit).toBeFocused();
  await shot(page, 'import-6-confirm');
  await commit.click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Imported');
  await expect(result.getByTestId('import-count-create')).toContainText('3');
  await expect(page.getByTestId('import-history-row')).toHaveCount(1);
  await expect(page.getByTestId('import-history-row')).toContainText('заказы-март.csv');
  await shot(page, 'import-7-result');

  // The orders are in the Orders list; the broken one is not.
  await navigation(page).getByRole('link', { name: 'Orders' }).click();
  const orders = page.getByRole('table', { name: 'Orders' });
  for (const number of ['1001', '1002', '1004']) await expect(orders).toContainText(number);
  await expect(orders).toContainText('Иван Петров');
  await expect(orders).not.toContainText('1003');

  // The same file again: the mapping is remembered, and there is nothing to change.
  await openImport(page);
  await chooseFile(page, file, /Choose a file/);
  await expect(page.getByTestId('import-row-count')).toHaveText('5');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('import-mapping-source')).toHaveText(
    'Remembered from your last import of a file with these columns.',
  );
  await expect(page.getByRole('combobox', { name: 'What column Доставка is' })).toHaveValue(
    'Delivery method',
  );
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByTestId('import-nothing-to-change')).toContainText('Nothing to change');
  await expect(page.getByTestId('import-count-unchanged')).toContainText('3');
  await expect(page.getByTestId('import-count-create')).toContainText('0');
  await expect(page.getByTestId('import-count-update')).toContainText('0');
  await expect(page.getByTestId('import-unknown')).toContainText('Values you said the meaning of');
  await expect(page.getByTestId('import-unknown')).toContainText('Наложенный платёж');
  await expect(page.getByRole('button', { name: 'Next: import' })).toBeDisabled();
  await shot(page, 'import-8-nothing-to-change');
  const again = await invoke(page, 'orders.list', { search: '100' });
  expect(again.total).toBe(3);
});

test('a blocklisted customer’s open order is refused by the dry run; the owner imports it anyway with a reason and opens it from the result', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'blocklist.add', {
    kind: 'phone',
    value: '+7 926 777-88-99',
    action: 'block',
    reason: 'Cash-on-delivery scam at a cafe',
  });
  // UTF-8, commas, English headers; no payment or delivery column: one value for every order.
  const path = join(folder, 'site-orders.csv');
  writeFileSync(
    path,
    [
      'Order,Phone,Name,Item,Price',
      '2001,+7 926 777-88-99,Arkady Sweets,Chocolate box,1500',
      '2002,+7 926 111-00-11,Vera Mills,Tea set,900',
    ].join('\n'),
  );
  await openImport(page);
  await chooseFile(page, path, /Choose a file/);
  await expect(page.getByRole('combobox', { name: 'Columns are separated by' })).toHaveValue('Comma ,');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByRole('combobox', { name: 'What column Order is' })).toHaveValue('Order number');

  // Without a payment or delivery method the check says what is missing, beside the fields.
  await page.getByRole('button', { name: 'Check the file' }).click();
  const defaults = page.getByRole('region', { name: 'For orders where the file says nothing' });
  await expect(defaults.getByText('Pick a value, or match a column above')).toHaveCount(2);
  await defaults.getByRole('combobox', { name: 'Payment method' }).click();
  await page.getByRole('option', { name: 'Cash on delivery' }).click();
  await defaults.getByRole('combobox', { name: 'Delivery method' }).click();
  await page.getByRole('option', { name: 'Own courier' }).click();
  await expect(page.getByTestId('import-requirements').locator('[data-met="false"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check the file' }).click();

  // The dry run: one order refused by the blocklist, not to be written.
  await expect(page.getByTestId('import-count-refused')).toContainText('1');
  await expect(page.getByTestId('import-count-create')).toContainText('1');
  const hits = page.getByRole('table', { name: 'Flagged rows' });
  await expect(hits.getByRole('row').filter({ hasText: '2001' })).toContainText('Not imported');
  await expect(hits.getByRole('row').filter({ hasText: '2001' })).toContainText('Blocked');
  // Why, as the customer card says it: the entry matched and the reason it was added with.
  await expect(hits.getByRole('row').filter({ hasText: '2001' })).toContainText(
    'Cash-on-delivery scam at a cafe',
  );
  const override = page.getByTestId('import-override');
  await expect(override).toContainText('Open orders the blocklist refuses: 1');
  await override.getByLabel('Import the refused orders anyway').check();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(override.getByText('Write why these orders are imported anyway')).toBeVisible();
  await override.getByLabel('Your reason').fill('Agreed prepayment by phone');
  await shot(page, 'import-override');
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(hits.getByRole('row').filter({ hasText: '2001' })).toContainText('Imported anyway');
  await expect(page.getByTestId('import-count-create')).toContainText('2');

  await page.getByRole('button', { name: 'Next: import' }).click();
  await expect(page.getByTestId('import-commit')).toHaveText('Import 2 orders: 2 new, 0 updated; 0 skipped');
  await page.getByTestId('import-commit').click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Imported');
  await shot(page, 'import-override-result');
  await result.getByRole('link', { name: 'Open order 2001' }).click();
  await expect(page).toHaveURL(/#\/orders\/\d+$/);
  await expect(page.getByText('Arkady Sweets').first()).toBeVisible();
});

test('a file that is too large or not a spreadsheet is refused beside the picker, before it is sent', async ({
  page,
}) => {
  await setUpShop(page);
  await openImport(page);
  const legacy = join(folder, 'old.xls');
  writeFileSync(legacy, Buffer.from('not really a workbook'));
  await chooseFile(page, legacy, /Choose a file/);
  await expect(page.getByTestId('import-file-error')).toHaveText(
    'old.xls is not a CSV, TXT or XLSX file. Open it in your spreadsheet program and save it as .xlsx or .csv.',
  );
  const huge = join(folder, 'huge.csv');
  writeFileSync(huge, Buffer.alloc(24 * 1024 * 1024, 0x41));
  await chooseFile(page, huge, /Choose a file/);
  await expect(page.getByTestId('import-file-error')).toContainText('huge.csv is 24 MB');
  await expect(page.getByTestId('import-file-error')).toContainText('up to 23 MB');
  await expect(page.getByTestId('import-empty')).toBeVisible();
});

test('in Russian: an XLSX of customers, a bad phone said in Russian by its line, the customers imported', async ({
  page,
}) => {
  await setUpShop(page);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Клиенты');
  sheet.addRow(['Имя', 'Телефон', 'E-mail', 'Примечание']);
  sheet.addRow(['Павел Орлов', '+7 903 555-12-12', 'pavel@example.ru', 'Постоянный']);
  sheet.addRow(['Ольга Белова', '12345', 'olga@example.ru', '']);
  sheet.addRow(['Игорь Лебедев', '+7 903 555-34-34', '', 'Звонить после 18']);
  const path = join(folder, 'клиенты.xlsx');
  await workbook.xlsx.writeFile(path);

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Your language' }).getByText('Русский').click();
  await openImport(page);
  await expect(page.getByRole('heading', { name: 'Импорт заказов или клиентов' })).toBeVisible();
  await page.getByTestId('import-target').getByText('Клиенты', { exact: true }).click();
  await chooseFile(page, path, /Выбрать файл/);
  await expect(page.getByTestId('import-format')).toHaveText('Excel (XLSX)');
  await expect(page.getByRole('combobox', { name: 'Лист', exact: true })).toHaveValue('Клиенты');
  await shot(page, 'import-ru-1-detected');
  await page.getByRole('button', { name: 'Далее: сопоставить столбцы' }).click();
  await expect(page.getByRole('combobox', { name: 'Что в столбце Телефон' })).toHaveValue('Телефон');
  await expect(page.getByRole('combobox', { name: 'Что в столбце Примечание' })).toHaveValue('Заметка');
  await shot(page, 'import-ru-2-mapping');
  await page.getByRole('button', { name: 'Проверить файл' }).click();

  const problems = page.getByRole('table', { name: 'Строки с ошибками' });
  await expect(problems.getByRole('row').filter({ hasText: '12345' })).toContainText(
    '«12345» — не номер телефона',
  );
  await expect(problems.getByRole('row').filter({ hasText: '12345' })).toContainText('3');
  await expect(page.getByTestId('import-count-create')).toContainText('Новых клиентов');
  await expect(page.getByTestId('import-count-create')).toContainText('2');
  await shot(page, 'import-ru-3-dry-run');
  await page.getByRole('button', { name: 'Далее: импорт' }).click();
  const commit = page.getByTestId('import-commit');
  await expect(commit).toHaveText('Импортировать 2 клиента: новых — 2, изменённых — 0; пропущено — 1');
  await commit.click();
  await expect(page.getByTestId('import-result')).toContainText('Импорт завершён');
  await shot(page, 'import-ru-4-result');
  const customers = await invoke(page, 'customers.list', { search: 'Павел' });
  expect(customers.rows.map((row) => row.name)).toContain('Павел Орлов');
});

test('an operator sees no Import entry and cannot open the page', async ({ page }) => {
  await setUpShop(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('You are signed in as an operator.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '#/settings/import'));
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { name: 'Import orders or customers' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+P');
  const search = page.getByPlaceholder('Search screens and actions…');
  await search.fill('import');
  await expect(page.getByText('No screen or action by that name')).toBeVisible();
});
