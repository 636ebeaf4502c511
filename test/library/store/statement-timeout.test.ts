import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/library/store/errors.js';
import { PgArticleStore } from '../../../src/library/store/pg/pg-store.js';
import { freshDatabase } from '../../support/databases.js';
import { eventually } from '../../support/poll.js';
import { GUILD_A, sampleArticle } from './helpers.js';

const opened: { end(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.end()));
});

async function connected(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  opened.push(client);
  return client;
}

/** Backends of this database still running or waiting on a statement, other than the asking one. */
async function busyBackends(admin: pg.Client): Promise<string[]> {
  const { rows } = await admin.query<{ query: string }>(
    `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
  );
  return rows.map((r) => r.query);
}

describe('a store statement past the timeout', () => {
  it('fails as "unavailable", and the database stops it too instead of running on', async () => {
    const url = await freshDatabase();
    const store = await PgArticleStore.open({ connectionString: url, queryTimeoutMs: 400 });
    opened.push({ end: () => store.close() });
    const admin = await connected(url);
    // Another process holds the server's load lock (a load in progress elsewhere) for longer than the timeout.
    const holder = await connected(url);
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [`wenda-guild:${GUILD_A}`]);

    const started = Date.now();
    await expect(store.add(GUILD_A, sampleArticle(1))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(3_000);
    // Given up on by the bot, the load's statement is not left waiting in the database (it would
    // run on once the lock came free, or hold a connection until then).
    await eventually(async () => (await busyBackends(admin)).length === 0, 'the database to stop the load it was asked', 2_000);
    await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [`wenda-guild:${GUILD_A}`]);
    // Nothing of the failed load was kept, and the store answers again at once.
    expect(await store.list(GUILD_A)).toEqual([]);
    expect((await store.add(GUILD_A, sampleArticle(1))).added).toBe(true);
  });
});
