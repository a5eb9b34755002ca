import { CHROMIUM_LAUNCH } from './test/harness/chromium';
import { defineConfig } from '@playwright/test';

// E2E specs drive the built renderer (run `npm run build` first) through the browser harness,
// which each test starts in-process on a fresh data folder (test/e2e/fixtures.ts): no
// webServer, no shared state between tests. Chromium is the system one: Playwright's own
// browser download is not available on every machine (DESIGN §7).
export default defineConfig({
  testDir: 'test/e2e',
  // scrypt PIN hashing takes ~128 MiB per hash; two workers keep memory modest.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  reporter: 'list',
  // Generous: CI shares 2 cores, and scrypt hashing plus two Chromiums can stall a step for seconds.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    viewport: { width: 1360, height: 860 },
    locale: 'en-US',
    // Tracing doubles the run time on a small machine; CI keeps traces of failures.
    trace: process.env.CI ? 'retain-on-failure' : 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
});
