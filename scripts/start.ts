// `npm start`: build, then run the app in Electron with its data in the OS's app-data folder.
// Where the Electron binary is missing and cannot be downloaded, say so in one line and point
// to the browser harness instead of printing a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinaryPath, npxCommand, rootFromModuleUrl } from './start-helpers';

const require = createRequire(import.meta.url);
const root = rootFromModuleUrl(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = electronBinaryPath(electronDir, readFileSync(pathFile, 'utf8'));
  return binary && existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Downloading Electron (first start only)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' });
  binary = electronBinary();
}
if (!binary) {
  console.log(
    'Electron is not installed and could not be downloaded on this machine; run the app in a browser instead: npm run harness -- --data-dir ./.data',
  );
  process.exit(1);
}
const npx = npxCommand(['electron-vite', 'build']);
const build = spawnSync(npx.command, npx.args, { cwd: root, stdio: 'inherit', shell: npx.shell });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 0);
