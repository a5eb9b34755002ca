import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../../shared/domain/dates';
import { expect, navigation, notification, OWNER, setUpShop, shot, statusBar, test } from './fixtures';
import { invoke, switchUser } from './shop';

// Issue 7 through the UI: backups and restore, the accountant's export, the audit log, and the
// backup line of the status bar. Each test has its own data folder (fixtures.ts).

function settingsPage(page: Page, name: 'General' | 'Backups' | 'Export for the accountant' | 'Audit log') {
  return page.getByRole('group', { name: 'Settings pages' }).getByRole('link', { name });
}

async function openBackups(page: Page) {
  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await settingsPage(page, 'Backups').click();
  await expect(page.getByRole('heading', { name: 'Back up now' })).toBeVisible();
}

function backupRows(page: Page) {
  return page.getByRole('table', { name: 'Backups' }).getByTestId('backup-row');
}

/** "Back up now" through the form; waits for main's answer and the new row. */
async function backUpNow(page: Page, passphrase?: string) {
  const rowsBefore = await backupRows(page).count();
  const form = page.getByRole('form', { name: 'Back up now' });
  if (passphrase) {
    await form.getByLabel('Protect this backup with a passphrase').check();
    await expect(form.getByText('Keep the passphrase safe')).toBeVisible();
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByLabel('Passphrase again').fill(passphrase);
  }
  await form.getByRole('button', { name: 'Back up now' }).click();
  await expect(notification(page, 'Backup made:').last()).toBeVisible();
  await expect(backupRows(page)).toHaveCount(rowsBefore + 1);
}

async function signInAgain(page: Page, name = OWNER.ownerName, pin = OWNER.pin) {
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByLabel(`PIN for ${name}`).fill(pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(statusBar(page).getByText(name, { exact: true })).toBeVisible();
}

test('the owner backs up, changes data, restores the backup, signs in again and sees the old data', async ({
  page,
}) => {
  await setUpShop(page);
  // A new shop has no backup: the status bar says so in the warning colour.
  const backupStatus = statusBar(page).getByTestId('status-backup');
  await expect(backupStatus).toHaveText('No backup yet');
  await expect(backupStatus).toHaveAttribute('data-stale', 'true');
  await shot(page, 'backup-status-stale');

  const { id } = await invoke(page, 'customers.create', {
    name: 'Pavel Orlov',
    phones: [{ raw: '+7 916 222-33-44' }],
  });
  // The status bar goes to the Backups page; the list says what to do while it is empty.
  await backupStatus.click();
  await expect(page.getByRole('heading', { name: 'Back up now' })).toBeVisible();
  await expect(page.getByTestId('backups-empty')).toContainText('Press “Back up now”');
  await backUpNow(page);
  await expect(backupStatus).toHaveText('Backed up just now');
  await expect(backupStatus).toHaveAttribute('data-stale', 'false');
  const row = backupRows(page).first();
  await expect(row).toContainText('Manual');
  await expect(row).toContainText('Customers: 1');

  // Data changes after the backup.
  await invoke(page, 'customers.update', { id, name: 'Pavel Renamed' });
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  const customers = page.getByRole('table', { name: 'Customers' });
  await expect(customers).toContainText('Pavel Renamed');

  // Restore: picked from the list, checked (what it holds), then confirmed.
  await openBackups(page);
  await backupRows(page)
    .first()
    .getByRole('button', { name: /Restore the backup made/ })
    .click();
  const restore = page.getByRole('form', { name: 'Restore' });
  await expect(restore.getByLabel('Backup folder or database file')).toHaveValue(/shopdesk-backup-/);
  await restore.getByRole('button', { name: 'Check' }).click();
  const checked = page.getByTestId('restore-checked');
  await expect(checked).toContainText('This backup can be restored');
  await expect(checked).toContainText('Customers: 1');
  await expect(checked).toContainText('Not encrypted');
  await checked.scrollIntoViewIfNeeded();
  await shot(page, 'backup-restore-checked');
  await checked.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('a safety backup of the current data');
  await expect(dialog).toContainText('Everyone is signed out and has to sign in again.');
  await expect(dialog).toHaveCSS('opacity', '1'); // settled, for the screenshot
  await shot(page, 'backup-restore-confirm');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

  // Everyone is signed out; after signing in, the data is the backup's.
  await expect(notification(page, 'Restored.')).toBeVisible();
  await signInAgain(page);
  await navigation(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('table', { name: 'Customers' })).toContainText('Pavel Orlov');
  await expect(page.getByRole('table', { name: 'Customers' })).not.toContainText('Pavel Renamed');

  // The safety backup of the data before the restore is in the list too.
  await openBackups(page);
  await expect(backupRows(page)).toHaveCount(2);
  await expect(backupRows(page).first()).toContainText('Before a restore');
  await shot(page, 'backup-page');
});

test('the status bar warns when the last backup is older than a week and leads to the Backups page', async ({
  page,
}) => {
  await setUpShop(page);
  const made = await invoke(page, 'backup.run', {});
  const backupStatus = statusBar(page).getByTestId('status-backup');
  await expect(backupStatus).toHaveText('Backed up just now');
  // The backup's own record of when it was made, set nine days back.
  const manifestPath = join(made.path, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { createdAt: number };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, createdAt: made.createdAt - 9 * 86_400_000 }));
  await page.reload();
  await expect(backupStatus).toHaveText('Last backup 9 days ago');
  await expect(backupStatus).toHaveAttribute('data-stale', 'true');
  await shot(page, 'backup-status-stale-old');
  await statusBar(page)
    .getByRole('button', { name: /Last backup 9 days ago/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Back up now' })).toBeVisible();
  await expect(backupRows(page)).toHaveCount(1);
});

test('backup settings: bad numbers are refused beside their fields, a custom folder is used', async ({
  page,
  dataDir,
}) => {
  await setUpShop(page);
  await openBackups(page);
  const form = page.getByRole('form', { name: 'Backup settings' });
  await expect(form.getByLabel('Backup folder')).toHaveValue('');
  await expect(form.getByLabel('Backup folder')).toHaveAttribute('placeholder', join(dataDir, 'backups'));
  await expect(form.getByLabel('Automatic backup every')).toHaveValue('24');
  await form.getByLabel('Automatic backup every').fill('0');
  await form.getByLabel('Keep monthly backups').fill('a dozen');
  await form.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(form.getByLabel('Automatic backup every')).toHaveAccessibleDescription(/From 1 to 720/);
  await expect(form.getByLabel('Keep monthly backups')).toHaveAccessibleDescription(
    /Enter a whole number, for example 5/,
  );
  await expect(form.getByLabel('Keep monthly backups')).toHaveValue('a dozen');

  const folder = join(dataDir, 'elsewhere');
  await form.getByLabel('Backup folder').fill(folder);
  await form.getByLabel('Automatic backup every').fill('12');
  await form.getByLabel('Keep monthly backups').fill('6');
  await form.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(notification(page, 'Backup settings saved.')).toBeVisible();
  await expect(page.getByTestId('backup-folder')).toHaveText(`Backups go to ${folder}`);
  await backUpNow(page);
  await expect(page.getByRole('table', { name: 'Backups' })).toBeVisible();
  expect((await invoke(page, 'backup.list', {}))[0]!.path.startsWith(folder)).toBe(true);
  expect((await invoke(page, 'settings.get', {})).backup).toEqual({
    folder,
    intervalHours: 12,
    keepDaily: 14,
    keepMonthly: 6,
  });
});

test('a wrong passphrase is refused beside the passphrase field and nothing changes', async ({
  page,
  dataDir,
}) => {
  await setUpShop(page);
  await invoke(page, 'customers.create', { name: 'Irina Sokolova', phones: [{ raw: '+7 916 555-66-77' }] });
  await openBackups(page);

  // The passphrase is checked before anything is written: too short, then not repeated.
  const form = page.getByRole('form', { name: 'Back up now' });
  await form.getByLabel('Protect this backup with a passphrase').check();
  await form.getByLabel('Passphrase', { exact: true }).fill('short');
  await form.getByRole('button', { name: 'Back up now' }).click();
  await expect(form.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /At least 8 characters/,
  );
  await form.getByLabel('Passphrase', { exact: true }).fill('linen and co 2026');
  await form.getByLabel('Passphrase again').fill('linen and co 2025');
  await form.getByRole('button', { name: 'Back up now' }).click();
  await expect(form.getByLabel('Passphrase again')).toHaveAccessibleDescription(
    /The two passphrases are not the same/,
  );
  await expect(page.getByTestId('backups-empty')).toBeVisible();
  await form.getByLabel('Protect this backup with a passphrase').uncheck();

  await backUpNow(page, 'linen and co 2026');
  await expect(backupRows(page).first()).toContainText('Encrypted');
  await shot(page, 'backup-encrypted');

  // Picked from the list, an encrypted backup asks for its passphrase first.
  await backupRows(page)
    .first()
    .getByRole('button', { name: /Restore the backup made/ })
    .click();
  const restore = page.getByRole('form', { name: 'Restore' });
  const passphrase = restore.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toBeFocused();
  await restore.getByRole('button', { name: 'Check' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/This backup is encrypted: enter its passphrase\./);
  await passphrase.fill('not the passphrase');
  await restore.getByRole('button', { name: 'Check' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/The passphrase is wrong for this backup\./);
  await expect(page.getByTestId('restore-checked')).toHaveCount(0);
  await shot(page, 'backup-wrong-passphrase');

  // In Russian, the same refusal in Russian, still beside the passphrase.
  await page.keyboard.press('Control+Shift+P');
  await page.getByPlaceholder('Search screens and actions…').fill('Русский');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Сделать копию' })).toBeVisible();
  await page.getByRole('form', { name: 'Восстановление' }).getByRole('button', { name: 'Проверить' }).click();
  await expect(
    page.getByRole('form', { name: 'Восстановление' }).getByLabel('Пароль', { exact: true }),
  ).toHaveAccessibleDescription(/Пароль не подходит к этой копии\./);
  await shot(page, 'backup-wrong-passphrase-ru');
  await page.keyboard.press('Control+Shift+P');
  await page.getByPlaceholder('Поиск экранов и действий…').fill('English');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Back up now' })).toBeVisible();

  // Nothing changed: no safety backup was taken, the owner is still signed in, the data is there.
  await expect(backupRows(page)).toHaveCount(1);
  await expect(statusBar(page).getByText(OWNER.ownerName)).toBeVisible();

  // A file that is not a backup is refused beside the place, not the passphrase.
  const notABackup = join(dataDir, 'notes.txt');
  writeFileSync(notABackup, 'shopping list');
  const location = restore.getByLabel('Backup folder or database file');
  await location.fill(notABackup);
  await restore.getByRole('button', { name: 'Check' }).click();
  await expect(location).toHaveAccessibleDescription(/This file is not a database backup/);

  // The right passphrase opens it: what it holds, before anything changes.
  await backupRows(page)
    .first()
    .getByRole('button', { name: /Restore the backup made/ })
    .click();
  await restore.getByLabel('Passphrase', { exact: true }).fill('linen and co 2026');
  await restore.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('restore-checked')).toContainText('Customers: 1');
  await expect(page.getByTestId('restore-checked')).toContainText('Encrypted');
  await expect(backupRows(page)).toHaveCount(1);
});

test('an operator sees no backup, restore or export actions and cannot open those pages', async ({
  page,
}) => {
  await setUpShop(page);
  await invoke(page, 'staff.createOperator', { name: 'Olga' });
  await switchUser(page, 'Olga');

  await navigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('You are signed in as an operator.', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Settings pages' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back up now' })).toHaveCount(0);

  // Typed addresses of the owner's pages land on the main settings page.
  for (const path of ['backups', 'export', 'audit']) {
    await page.evaluate((to) => (window.location.hash = to), `#/settings/${path}`);
    await expect(page).toHaveURL(/#\/settings$/);
    await expect(page.getByText('You are signed in as an operator.', { exact: false })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Restore' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);

  // The status bar says how old the backup is, but is no way to the Backups page.
  const backupStatus = statusBar(page).getByTestId('status-backup');
  await expect(backupStatus).toHaveText('No backup yet');
  await expect(statusBar(page).getByRole('button', { name: /No backup yet/ })).toHaveCount(0);

  // Nor does the command palette offer them.
  await page.keyboard.press('Control+Shift+P');
  const search = page.getByPlaceholder('Search screens and actions…');
  for (const text of ['accountant', 'backup', 'audit']) {
    await search.fill(text);
    await expect(page.getByText('No screen or action by that name')).toBeVisible();
  }
  await shot(page, 'backup-operator-palette');
});

test('the owner exports a period for the accountant as XLSX into the exports folder', async ({
  page,
  dataDir,
}) => {
  await setUpShop(page);
  const today = localDate(Date.now(), 'Europe/Moscow');
  const { id: customerId } = await invoke(page, 'customers.create', {
    name: 'Maria Kuznetsova',
    phones: [{ raw: '+7 903 111-22-33' }],
  });
  await invoke(page, 'orders.create', {
    number: 'ACC-2041',
    customerId,
    orderedOn: today,
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'own_courier',
    items: [{ title: 'Linen sheet', quantity: 1, unitPrice: 450000 }],
  });

  // From the command palette.
  await page.keyboard.press('Control+Shift+P');
  await page.getByPlaceholder('Search screens and actions…').fill('accountant');
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Export for the accountant' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('radio', { name: 'Last month' })).toBeChecked();

  // A start after the end is refused beside the end; nothing is written.
  await form.getByLabel('From', { exact: true }).fill('2026-05-20');
  await form.getByLabel('To', { exact: true }).fill('2026-05-01');
  await expect(form.getByRole('radio', { name: 'Custom' })).toBeChecked();
  await form.getByRole('button', { name: 'Export' }).click();
  await expect(form.getByLabel('To', { exact: true })).toHaveAccessibleDescription(
    'The end is before the start',
  );
  expect(existsSync(join(dataDir, 'exports'))).toBe(false);

  await form.getByRole('radio', { name: 'This month' }).check();
  await expect(form.getByLabel('From', { exact: true })).toHaveValue(`${today.slice(0, 7)}-01`);
  await expect(form.getByRole('radio', { name: 'Excel workbook (.xlsx)' })).toBeChecked();
  await form.getByRole('button', { name: 'Export' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText('Orders: 1');
  await shot(page, 'export-result');
  const fileName = await result.getByTestId('export-file').innerText();
  expect(fileName).toMatch(/^accountant-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(result.getByTestId('export-folder')).toHaveText(join(dataDir, 'exports'));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dataDir, 'exports', fileName));
  const orders = workbook.getWorksheet('Orders');
  expect(orders).toBeDefined();
  expect(orders!.getRow(1).getCell(1).value).toBe('Number');
  expect(orders!.getRow(2).getCell(1).value).toBe('ACC-2041');
  expect(orders!.getRow(2).getCell(3).value).toBe('Maria Kuznetsova');
});

test('the audit log lists the backup and the restore, filterable by action and person', async ({ page }) => {
  await setUpShop(page);
  await openBackups(page);
  await backUpNow(page);
  const [made] = await invoke(page, 'backup.list', {});

  await settingsPage(page, 'Audit log').click();
  const log = page.getByRole('table', { name: 'Audit log' });
  const backupEntry = log.getByRole('row').filter({ hasText: 'Backup made' });
  await expect(backupEntry).toHaveCount(1);
  await expect(backupEntry).toContainText(OWNER.ownerName);
  await expect(backupEntry).toContainText(`Name: ${made!.name}`);
  await expect(log.getByRole('row').filter({ hasText: 'Shop set up' })).toHaveCount(1);

  // Restored through the bridge (the restore screen is the first test's): everyone signs in again.
  await invoke(page, 'backup.restore', { location: made!.path });
  await signInAgain(page);
  await page.keyboard.press('Control+Shift+P');
  await page.getByPlaceholder('Search screens and actions…').fill('audit');
  await page.keyboard.press('Enter');
  const restoreEntry = log.getByRole('row').filter({ hasText: 'Backup restored' });
  await expect(restoreEntry).toHaveCount(1);
  await expect(restoreEntry).toContainText('ShopDesk');
  await expect(restoreEntry).toContainText(`from: ${made!.path}`);
  await shot(page, 'audit-log');

  // Filtered by action: only the restore; by person: the owner's entries, not the restore.
  await page.getByRole('combobox', { name: 'Action' }).fill('Backup restored');
  await page.getByRole('option', { name: 'Backup restored' }).click();
  await expect(page.getByTestId('audit-total')).toHaveText('Entries: 1');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Person' }).click();
  await page.getByRole('option', { name: OWNER.ownerName }).click();
  await expect(log.getByRole('row').filter({ hasText: 'Shop set up' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'Backup restored' })).toHaveCount(0);

  // An entry opens with its values before and after.
  await log.getByRole('row').filter({ hasText: 'Shop set up' }).click();
  const details = page.getByRole('dialog', { name: 'Audit entry' });
  await expect(details).toContainText('Shop set up');
  await shot(page, 'audit-entry');
  await details.getByRole('button', { name: 'Close' }).click();
});
