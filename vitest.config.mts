import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The default output for people, and the totals line (`N passed, N failed`) CI reads.
    reporters: ['default', './test/support/totals-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Each file runs its own worker against the shared servers; two cores keep two files busy.
    maxWorkers: 2,
  },
});
