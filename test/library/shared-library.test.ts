import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { PgChangeFeed } from '../../src/library/store/pg/change-feed.js';
import { PgArticleStore } from '../../src/library/store/pg/pg-store.js';
import type { LibraryChange } from '../../src/library/store/types.js';
import { freshDatabase } from '../support/databases.js';
import { eventually } from '../support/poll.js';
import { secondFile } from '../helpers.js';
import { closing, seedsFolder } from './helpers.js';

const GUILD = '100000000000000001';
const ADMIN = '200000000000000001';
const CHANNEL = '300000000000000001';
/** What the issue asks: a change in one process is seen in every other within 2 s. */
const WITHIN_MS = 2_000;

/** One bot process's library: its own pool, its own LISTEN connection, on the shared database. */
async function processOn(connectionString: string, seedsDir: string, serves?: (guildId: string) => boolean): Promise<{ library: Library; feed: PgChangeFeed }> {
  const store = await PgArticleStore.open({ connectionString });
  const feed = await PgChangeFeed.start({ connectionString, maxBackoffMs: 500 });
  const library = await Library.open({ seedsDir, store, changes: feed, ...(serves ? { serves } : {}) });
  closing.push(() => store.close(), () => feed.close(), () => library.close());
  return { library, feed };
}

const secondArticle = () => ({
  articleFile: readFileSync(secondFile, 'utf8'),
  source: { kind: 'file' as const, value: 'second.txt', loadedBy: ADMIN, loadedAt: '2026-12-01T08:00:00.000Z' },
});

describe('a library shared by two processes through PostgreSQL', () => {
  it('answers in one what the other loaded, and forgets what the other removed, each within 2 s', async () => {
    const connectionString = await freshDatabase();
    const seeds = seedsFolder();
    const loader = await processOn(connectionString, seeds);
    const answerer = await processOn(connectionString, seeds);
    // The answerer has built its engine for the server before the load: that engine must go.
    expect((await answerer.library.engineFor(GUILD)).articles.map((a) => a.id)).toEqual(['seed']);

    const { article } = await loader.library.load(GUILD, secondArticle());
    await eventually(() => answerer.library.has(GUILD, article.id), 'the other process to see the load', WITHIN_MS);
    const answer = (await answerer.library.engineFor(GUILD)).ask('张明远说要加快什么铁路建设？');
    expect(answer.article.id).toBe(article.id);
    expect(answer.direct).toContain('沪杭城际铁路');

    await loader.library.remove(GUILD, article.id);
    await eventually(() => !answerer.library.has(GUILD, article.id), 'the other process to see the removal', WITHIN_MS);
    expect((await answerer.library.engineFor(GUILD)).articles.map((a) => a.id)).toEqual(['seed']);
  });

  it("sees a channel's default set or cleared in the other process within 2 s", async () => {
    const connectionString = await freshDatabase();
    const seeds = seedsFolder();
    const admin = await processOn(connectionString, seeds);
    const asker = await processOn(connectionString, seeds);
    const { article } = await admin.library.load(GUILD, secondArticle());
    await eventually(() => asker.library.has(GUILD, article.id), 'the load', WITHIN_MS);
    // Read once (and kept) before the change.
    expect(await asker.library.channelDefault(GUILD, CHANNEL)).toBeUndefined();

    await admin.library.use(GUILD, CHANNEL, article.id);
    await eventually(async () => (await asker.library.channelDefault(GUILD, CHANNEL)) === article.id, 'the default to be seen', WITHIN_MS);
    await admin.library.use(GUILD, CHANNEL, undefined);
    await eventually(async () => (await asker.library.channelDefault(GUILD, CHANNEL)) === undefined, 'the cleared default to be seen', WITHIN_MS);
  });

  it("a shard's library keeps only the servers it serves, at start and as changes are told", async () => {
    const connectionString = await freshDatabase();
    const seeds = seedsFolder();
    const other = '100000000000000002';
    const loader = await processOn(connectionString, seeds);
    const before = await loader.library.load(other, secondArticle());
    const shard = await processOn(connectionString, seeds, (guildId) => guildId === GUILD);
    expect(shard.library.has(other, before.article.id)).toBe(false);
    // Told of a load in a server it serves, and of one in a server it does not: only the first is read.
    await loader.library.remove(other, before.article.id);
    await loader.library.load(other, secondArticle());
    const own = await loader.library.load(GUILD, secondArticle());
    await eventually(() => shard.library.has(GUILD, own.article.id), 'the load in its own server', WITHIN_MS);
    expect(shard.library.has(other, own.article.id)).toBe(false);
  });

  it('the change feed: after its connection is killed it reconnects by itself, asks for everything to be read again, and hears changes again', async () => {
    const connectionString = await freshDatabase();
    const heard: Array<LibraryChange | 'resync'> = [];
    const feed = await PgChangeFeed.start({ connectionString, maxBackoffMs: 500 });
    closing.push(() => feed.close());
    feed.subscribe({ change: (c) => heard.push(c), resync: () => heard.push('resync') });

    const admin = new pg.Client({ connectionString });
    await admin.connect();
    closing.push(() => admin.end());
    const listener = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    expect(listener.rows).toHaveLength(1);
    await admin.query('SELECT pg_terminate_backend($1)', [listener.rows[0]!.pid]);

    await eventually(() => heard.includes('resync'), 'the feed to reconnect and ask for a resync');
    expect(feed.connected).toBe(true);
    // A payload the store would send, and one it would not (ignored, not thrown).
    await admin.query("SELECT pg_notify('library_changes', 'not json'), pg_notify('library_changes', $1)", [JSON.stringify({ guild: GUILD, article: '0123456789abcdef', kind: 'load' })]);
    await eventually(() => heard.some((h) => h !== 'resync'), 'a change after the reconnection');
    expect(heard.filter((h) => h !== 'resync')).toEqual([{ guildId: GUILD, articleId: '0123456789abcdef', kind: 'load' }]);
  });
});
