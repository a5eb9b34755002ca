import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness, type Harness } from '../harness/server';

// Each test gets its own data folder and its own harness (the real core over HTTP), so tests
// never see each other's shop. The renderer is the built one: run `npm run build` first.

interface Fixtures {
  dataDir: string;
  harness: Harness;
}

interface Options {
  /**
   * An instant (ISO) the shop's clock shows when the test starts, in the core and in the page;
   * time runs on from there. For specs that record a day's outcomes: a day still to come has none.
   */
  shopNow: string | undefined;
}

export const test = base.extend<Fixtures & Options>({
  shopNow: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shopdesk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  harness: async ({ dataDir, shopNow }, use) => {
    const offset = shopNow ? Date.parse(shopNow) - Date.now() : 0;
    const harness = await startHarness({
      dataDir,
      rendererDir: resolve('out/renderer'),
      now: shopNow ? () => Date.now() + offset : undefined,
    });
    await use(harness);
    await harness.close();
  },
  page: async ({ page, harness, shopNow }, use) => {
    if (shopNow) await page.clock.setSystemTime(new Date(shopNow));
    await page.goto(harness.openUrl());
    await use(page);
    // The browser's connections go before the harness does: an idle or preconnected socket would
    // otherwise keep the harness's server.close() waiting (up to its 60 s headers timeout).
    await page.context().close();
  },
});

export { expect };

export interface Owner {
  ownerName: string;
  pin: string;
  shopName: string;
}

export const OWNER: Owner = { ownerName: 'Anna Petrova', pin: '2468', shopName: 'Linen & Co' };

/** Fills the first-run form and waits until the shell shows the owner signed in. */
export async function setUpShop(page: Page, owner: Owner = OWNER): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Welcome to ShopDesk' })).toBeVisible();
  await page.getByLabel('Your name').fill(owner.ownerName);
  await page.getByLabel('PIN', { exact: true }).fill(owner.pin);
  await page.getByLabel('PIN again').fill(owner.pin);
  await page.getByLabel('Shop name').fill(owner.shopName);
  await page.getByRole('button', { name: 'Create the shop and sign in' }).click();
  await expect(statusBar(page).getByText(owner.ownerName)).toBeVisible();
}

export function statusBar(page: Page) {
  return page.getByRole('status', { name: /Status|Состояние/ });
}

export function navigation(page: Page) {
  return page.getByRole('navigation');
}

/** A notification (Mantine renders them as alerts) with this text. */
export function notification(page: Page, text: string | RegExp) {
  return page.locator('.mantine-Notification-root').filter({ hasText: text });
}

/**
 * Saves a screenshot of the window when SHOPDESK_SHOTS_DIR is set: for a person to look at,
 * not for asserting. Window-sized, because the shell's header and status bar are fixed and a
 * full-page capture would paint them over the middle of the page.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOPDESK_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}
