// Pure path and spawn helpers for `npm start` and the harness, kept apart so they can be tested
// with Windows inputs on any machine.
import { fileURLToPath } from 'node:url';
import { join, posix, win32 } from 'node:path';

type Platform = NodeJS.Platform;

/**
 * The repository root from a module's `import.meta.url` one folder below it.
 * `new URL(url).pathname` gives `/C:/Users/Anna%20Petrova/…` on Windows; fileURLToPath decodes it.
 */
export function rootFromModuleUrl(moduleUrl: string, platform: Platform = process.platform): string {
  const windows = platform === 'win32';
  const file = fileURLToPath(moduleUrl, { windows });
  const path = windows ? win32 : posix;
  return path.join(path.dirname(file), '..');
}

/**
 * Arguments for spawnSync running an npm binary such as `npx`. On Windows `npx` is `npx.cmd`, a
 * batch file that spawn cannot start without a shell (and Node refuses .cmd files without one
 * since the 2024 CVE fix), so it runs through the shell there.
 */
export function npxCommand(
  args: readonly string[],
  platform: Platform = process.platform,
): { command: string; args: string[]; shell: boolean } {
  const windows = platform === 'win32';
  // Through cmd.exe every argument is re-parsed: quote the ones with spaces (the folder of a user
  // named "Anna Petrova").
  const quoted = windows
    ? args.map((arg) => (/[\s"]/.test(arg) ? `"${arg.replace(/"/g, '""')}"` : arg))
    : [...args];
  return { command: 'npx', args: quoted, shell: windows };
}

/** The Electron executable named in electron's path.txt, or null when the file says nothing. */
export function electronBinaryPath(electronDir: string, pathTxt: string): string | null {
  const name = pathTxt.trim();
  return name ? join(electronDir, 'dist', name) : null;
}
