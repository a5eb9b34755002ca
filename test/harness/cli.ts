import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../../electron/core/dispatch';
import { npxCommand } from '../../scripts/start-helpers';
import { startHarness } from './server';

// npm run harness -- --data-dir DIR [--port N] [--demo]

const DEMO_OWNER = { ownerName: 'Demo Owner', pin: '1234' };
const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    demo: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) {
  console.error('Usage: npm run harness -- --data-dir DIR [--port N] [--demo] [--rebuild]');
  process.exit(2);
}
if (values.rebuild || !existsSync(join(rendererDir, 'index.html'))) {
  console.error('Building the app first (electron-vite build)…');
  const npx = npxCommand(['electron-vite', 'build']);
  const build = spawnSync(npx.command, npx.args, { cwd: root, stdio: 'inherit', shell: npx.shell });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const harness = await startHarness({
  dataDir: resolve(dataDir),
  rendererDir,
  port: Number(values.port),
  warmReports: true,
});
if (values.demo && harness.core.ctx) {
  const state = await dispatch(harness.core, 'session.current', {});
  if (state.ok && (state.data as { needsSetup: boolean }).needsSetup) {
    const setup = await dispatch(harness.core, 'session.setupOwner', {
      ...DEMO_OWNER,
      shopName: 'Demo shop',
      language: 'en',
      country: 'RU',
      currency: 'RUB',
    });
    const loaded = setup.ok ? await dispatch(harness.core, 'demo.load', {}) : setup;
    if (!loaded.ok) {
      console.error(`Demo data could not be loaded: ${loaded.error.message}`);
      process.exit(1);
    }
    await dispatch(harness.core, 'session.signOut', {});
    console.error(`Demo shop loaded. Sign in as "${DEMO_OWNER.ownerName}" with PIN ${DEMO_OWNER.pin}.`);
  } else {
    console.error('--demo: this data folder already has a shop; left as it is.');
  }
}
if (harness.core.status.problem) console.error(`Database problem: ${harness.core.status.problem.message}`);
// The one line a browser (or a test) reads to find the app.
// The link works once (it lets one browser in); restart the harness for another.
console.log(`ShopDesk harness: ${harness.openUrl()}`);

const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
