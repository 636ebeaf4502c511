import { defineConfig } from 'vitest/config';

/** Test files that replace a module (vi.mock): they need their own module graph. */
const OWN_MODULES = ['test/library/store/write-failure.test.ts'];

export default defineConfig({
  test: {
    // The engine loads jieba's dictionary once per worker; two workers match the two cores here.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Closes what each test opened and removes the folders it made (test/support/cleanup.ts).
    setupFiles: ['test/support/after-tests.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: OWN_MODULES,
          // Files share a worker's modules: jieba's dictionary (about a second) and the engine's
          // tables load once per worker instead of once per file, which halves the suite's time.
          // Names an engine teaches jieba then stay taught for the worker's later files, as they do
          // in a bot answering many articles in one process (README, "Names taught to jieba are
          // process-wide"); the suite passes with its files in shuffled order too.
          isolate: false,
          // A real PostgreSQL for the tests of the database backend, started once for the run.
          globalSetup: ['test/support/postgres-server.ts'],
        },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
    ],
  },
});
