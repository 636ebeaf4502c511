import type { TestProject } from 'vitest/node';
import { startOwnPostgres } from './own-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to a real PostgreSQL started for this test run (its own superuser). */
    postgresUrl: string;
  }
}

/**
 * vitest's global setup: one real PostgreSQL on 127.0.0.1 for the whole run; each test file makes
 * databases of its own in it (databases.ts).
 */
export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const server = await startOwnPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.close();
}
