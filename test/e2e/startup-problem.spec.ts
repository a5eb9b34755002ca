import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, shot, test } from './fixtures';

const NOT_A_DATABASE = 'These are someone else’s notes, not a database.\n'.repeat(200);

// The data folder holds a file ShopDesk does not recognise before the harness opens it.
const withForeignFile = test.extend({
  dataDir: async ({ dataDir }, use) => {
    writeFileSync(join(dataDir, 'shopdesk.sqlite'), NOT_A_DATABASE);
    await use(dataDir);
  },
});

withForeignFile(
  'a file that is not a ShopDesk database gets its own screen and is left untouched',
  async ({ page, dataDir }) => {
    await expect(page.getByRole('heading', { name: 'This is not a ShopDesk database' })).toBeVisible();
    await expect(page.getByText('The file was left untouched', { exact: false })).toBeVisible();
    await expect(page.getByTestId('database-path')).toHaveText(join(dataDir, 'shopdesk.sqlite'));
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await shot(page, 'startup-not-shopdesk');
    expect(readFileSync(join(dataDir, 'shopdesk.sqlite'), 'utf8')).toBe(NOT_A_DATABASE);
  },
);
