import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: two workers, each with its own embedded database.
    maxWorkers: 2,
    // CI asks for a JSON report beside the usual output, to refuse skipped suites.
    reporters: process.env.YELLOWPAD_TEST_REPORT ? ['default', ['json', { outputFile: process.env.YELLOWPAD_TEST_REPORT }]] : ['default'],
  },
});
