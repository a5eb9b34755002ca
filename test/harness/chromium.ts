// How this project launches Chromium (tests, the harness's printer, benchmarks): Debian's build,
// never a downloaded one, with background networking off (the machine has no network).
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
