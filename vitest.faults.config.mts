import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault tests, including the slow ones kept out of `npm test` (*.faults.ts).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts', 'test/faults/**/*.faults.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
