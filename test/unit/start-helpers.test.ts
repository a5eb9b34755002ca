import { describe, expect, it } from 'vitest';
import { npxCommand, rootFromModuleUrl } from '../../scripts/start-helpers';

describe('npm start on Windows (issue 19.9)', () => {
  it('finds the root from a file URL with a drive letter and an encoded space', () => {
    const url = 'file:///C:/Users/Anna%20Petrova/ShopDesk/scripts/start.ts';
    expect(rootFromModuleUrl(url, 'win32')).toBe('C:\\Users\\Anna Petrova\\ShopDesk');
  });

  it('finds the root from a POSIX file URL with an encoded space', () => {
    const url = 'file:///Users/anna/My%20Shop/ShopDesk/scripts/start.ts';
    expect(rootFromModuleUrl(url, 'darwin')).toBe('/Users/anna/My Shop/ShopDesk');
  });

  it('runs npx through the shell on Windows, quoting arguments with spaces', () => {
    expect(npxCommand(['electron-vite', 'build', 'C:\\Users\\Anna Petrova\\ShopDesk'], 'win32')).toEqual({
      command: 'npx',
      args: ['electron-vite', 'build', '"C:\\Users\\Anna Petrova\\ShopDesk"'],
      shell: true,
    });
  });

  it('runs npx directly elsewhere, arguments untouched', () => {
    expect(npxCommand(['electron-vite', 'build', '/Users/anna/My Shop'], 'linux')).toEqual({
      command: 'npx',
      args: ['electron-vite', 'build', '/Users/anna/My Shop'],
      shell: false,
    });
  });
});
