import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../util/paths.js';
/** Versioned SQL files, applied in the order of their number: `migrations/0001_library.sql`, … */
export const MIGRATIONS_DIR = join(projectRoot, 'migrations');
/** Any fixed number: every process that migrates takes this lock first, so two starting at once apply each file once. */
const MIGRATION_LOCK = 4_242_001;
export function readMigrations(dir = MIGRATIONS_DIR) {
    return readdirSync(dir)
        .map((name) => ({ name, match: /^(\d+)_[\w-]+\.sql$/.exec(name) }))
        .filter((f) => f.match !== null)
        .map(({ name, match }) => ({ version: Number(match[1]), name, sql: readFileSync(join(dir, name), 'utf8') }))
        .sort((a, b) => a.version - b.version);
}
/**
 * Brings the database's schema up to date at start: each file not yet recorded in
 * `schema_migrations` runs in its own transaction, recorded in the same one, so a file is applied
 * whole or not at all. Returns the versions applied now.
 */
export async function migrate(pool, migrations = readMigrations()) {
    const client = await pool.connect();
    try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
        const applied = [];
        for (const migration of migrations) {
            if (done.has(migration.version))
                continue;
            await client.query('BEGIN');
            try {
                await client.query(migration.sql);
                await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
                await client.query('COMMIT');
            }
            catch (error) {
                await client.query('ROLLBACK');
                throw new Error(`migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
            }
            applied.push(migration.version);
        }
        return applied;
    }
    finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => { });
        client.release();
    }
}
//# sourceMappingURL=migrate.js.map