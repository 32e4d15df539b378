import { defineConfig } from 'vitest/config';

// Two cores on CI: two workers, and room for the tests that spawn the real CLI. testTimeout is a
// guard against a hang, not a speed check (speed is measured by `npm run bench`): a CLI test starts
// up to ten processes of about a second of CPU each, and with two test files running beside each
// other on a busy two-core machine the heaviest took 31 s of its 30 (14 s when run alone).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
