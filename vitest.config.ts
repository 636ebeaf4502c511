import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real PostgreSQL for the tests of the database backend, started once for the run.
    globalSetup: ['test/support/postgres-server.ts'],
    // The engine loads jieba's dictionary once per worker; two workers match the two cores here.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
