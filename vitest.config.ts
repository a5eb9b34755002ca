import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // scrypt at OWASP cost takes ~128 MiB and a few hundred ms per hash; keep workers few.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
