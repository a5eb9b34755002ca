import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // scrypt at OWASP cost takes ~128 MiB and a few hundred ms per hash; keep workers few.
    pool: 'forks',
    maxWorkers: 2,
    // A hang guard, not a verdict: scrypt-heavy tests took over 60 s at load 16 (issue 18.10).
    testTimeout: 300_000,
  },
});
