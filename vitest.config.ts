import { defineConfig } from 'vitest/config';

// Two cores on CI: two workers, and room for the few tests that spawn the real CLI.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
