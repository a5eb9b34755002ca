import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    resolve: {
      // fflate's Node build declares its own `require` (for its async workers, unused here), which
      // collides with the CommonJS shim electron-vite puts at the top of each ESM bundle. The
      // browser build has the same sync zip API without it.
      alias: { fflate: resolve(root, 'node_modules/fflate/esm/browser.js') },
    },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The file worker (backups, restore checks, exports) runs in its own thread; core finds
          // it beside the main bundle (electron/core/backup/run-worker.ts).
          'backup-worker': resolve(root, 'electron/core/backup/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages at run time: bundle zod and the contract in,
      // and emit CommonJS (sandboxed preloads cannot be ES modules).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      // SHOPDESK_NO_MINIFY=1 (a build for measuring, never shipped) keeps names readable in a CPU
      // profile (test/bench/reports-ui.ts --profile) and uses React's profiling build, so
      // <Profiler onRender> reports how long each part of a screen took to render.
      minify: !process.env.SHOPDESK_NO_MINIFY,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
    plugins: [react()],
    resolve: process.env.SHOPDESK_NO_MINIFY ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : {},
  },
});
