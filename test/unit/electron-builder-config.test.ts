import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Guards issue 19.7/19.8: the installer settings that cannot be checked by building here (no
// Electron binary on the project's machines) are at least written down as intended.
interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  npmRebuild: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string };
  win: { files: string[]; signtoolOptions: { sign: string } };
  nsis: { perMachine: boolean; installerLanguages: string[] };
  mac: { files: string[]; target: Target[] };
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the prebuilt better-sqlite3 instead of rebuilding it', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('installs per user on Windows, in English and Russian', () => {
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.installerLanguages).toEqual(['en_US', 'ru_RU']);
    expect(config.win.signtoolOptions.sign).toBe('build/sign-win.cjs');
  });

  it('builds dmg and zip for both Mac architectures', () => {
    for (const name of ['dmg', 'zip']) {
      const target = config.mac.target.find((t) => t.target === name);
      expect(target?.arch.sort()).toEqual(['arm64', 'x64']);
    }
  });

  it("leaves out better-sqlite3's sources and other platforms' binaries", () => {
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/better-sqlite3/deps/**',
        '!node_modules/better-sqlite3/src/**',
        '!node_modules/better-sqlite3/prebuilds/linux*',
      ]),
    );
    expect(config.win.files).toContain('!node_modules/better-sqlite3/prebuilds/darwin-*');
    expect(config.mac.files).toContain('!node_modules/better-sqlite3/prebuilds/win32-*');
  });

  it('publishes updates to the URL from the environment', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.SHOPDESK_UPDATE_URL}' });
  });
});
