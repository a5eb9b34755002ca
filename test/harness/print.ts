import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_LAUNCH } from './chromium';

const READY_TIMEOUT_MS = 15_000;

/**
 * The harness's printToPdf: a headless Chromium opens the app route on this harness (same core,
 * same signed-in person), waits for the page's print-ready mark, and prints it to A4, as
 * Electron's printToPDF does in the app. `openUrl` gives a one-time link that lets its page in.
 */
export function harnessPrinter(openUrl: () => string) {
  let browser: Promise<Browser> | null = null;
  return {
    printToPdf: async (route: string): Promise<Uint8Array> => {
      browser ??= chromium.launch(CHROMIUM_LAUNCH);
      const page = await (await browser).newPage();
      try {
        await page.goto(`${openUrl()}#${route}`);
        // A locator, not waitForFunction: the app's CSP forbids evaluating strings in the page.
        await page
          .locator('body[data-print-ready="1"]')
          .waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
        return await page.pdf({ format: 'A4', printBackground: true });
      } finally {
        await page.close();
      }
    },
    close: async () => {
      if (browser) await (await browser).close();
    },
  };
}
