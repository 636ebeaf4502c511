import { afterEach, describe, expect, it } from 'vitest';
import { StoreInputError, StoreLimitError } from '../../../src/library/store/errors.js';
import { FileArticleStore } from '../../../src/library/store/index.js';
import { PgArticleStore } from '../../../src/library/store/pg/pg-store.js';
import type { ArticleStore } from '../../../src/library/store/types.js';
import { freshDatabase } from '../../support/databases.js';
import { CHANNEL, FakeClock, GUILD_A, GUILD_B, MEMBER, OTHER_MEMBER, sampleArticle, tempDataDir } from './helpers.js';

interface Limits {
  maxArticlesPerGuild?: number;
  maxLoadsPerMemberPerHour?: number;
  now?: () => number;
}

/** A place to keep a library, and stores opened on it: a second store on the same place is a restart (or another process). */
interface Backend {
  name: string;
  place(): Promise<(limits?: Limits) => Promise<ArticleStore>>;
}

const opened: { close(): Promise<void> }[] = [];

const BACKENDS: Backend[] = [
  {
    name: 'files (the embedded default)',
    async place() {
      const dataDir = await tempDataDir();
      return async (limits = {}) => new FileArticleStore({ dataDir, ...limits });
    },
  },
  {
    name: 'PostgreSQL',
    async place() {
      const connectionString = await freshDatabase();
      return async (limits = {}) => {
        const store = await PgArticleStore.open({ connectionString, ...limits });
        opened.push(store);
        return store;
      };
    },
  },
];

describe.each(BACKENDS)('the article store contract: $name', (backend) => {
  afterEachClose();

  it('stores, lists newest first, serves and removes an article', async () => {
    const store = await (await backend.place())();
    const first = await store.add(GUILD_A, sampleArticle(1, { rawHtml: '<p>原网页</p>' }));
    const second = await store.add(GUILD_A, sampleArticle(2));
    expect(first.added && second.added).toBe(true);
    expect((await store.list(GUILD_A)).map((a) => a.title)).toEqual(['测试标题2', '测试标题1']);
    const got = await store.get(GUILD_A, first.article.id);
    expect(got).toEqual({ article: first.article, articleFile: sampleArticle(1).articleFile, parsed: sampleArticle(1).parsed });
    // An id typed in capitals, with spaces, is the same article.
    expect((await store.get(GUILD_A, ` ${first.article.id.toUpperCase()} `))?.article.id).toBe(first.article.id);
    expect(await store.remove(GUILD_A, first.article.id)).toBe(true);
    expect(await store.remove(GUILD_A, first.article.id)).toBe(false);
    expect(await store.get(GUILD_A, first.article.id)).toBeUndefined();
    expect((await store.list(GUILD_A)).map((a) => a.title)).toEqual(['测试标题2']);
  });

  it('keeps the same text once, and says so', async () => {
    const store = await (await backend.place())();
    const first = await store.add(GUILD_A, sampleArticle(1));
    const again = await store.add(GUILD_A, sampleArticle(1));
    expect(again).toEqual({ article: first.article, added: false });
    expect(await store.list(GUILD_A)).toHaveLength(1);
  });

  it('never shows one server another server\'s articles or channel defaults', async () => {
    const store = await (await backend.place())();
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    await store.setChannelDefault(GUILD_A, CHANNEL, article.id);
    expect(await store.list(GUILD_B)).toEqual([]);
    expect(await store.get(GUILD_B, article.id)).toBeUndefined();
    expect(await store.remove(GUILD_B, article.id)).toBe(false);
    expect(await store.channelDefault(GUILD_B, CHANNEL)).toBeUndefined();
    await expect(store.setChannelDefault(GUILD_B, CHANNEL, article.id)).rejects.toBeInstanceOf(StoreInputError);
    expect((await store.all()).map((g) => g.guildId)).toEqual([GUILD_A]);
  });

  it('refuses ids that are not Discord ids, and finds nothing for an id that is not an article\'s', async () => {
    const store = await (await backend.place())();
    await expect(store.add('../etc', sampleArticle(1))).rejects.toBeInstanceOf(StoreInputError);
    await expect(store.list("1'; DROP TABLE articles; --")).rejects.toBeInstanceOf(StoreInputError);
    await expect(store.channelDefault(GUILD_A, 'general')).rejects.toBeInstanceOf(StoreInputError);
    expect(await store.get(GUILD_A, "x' OR '1'='1")).toBeUndefined();
    expect(await store.remove(GUILD_A, '../../x')).toBe(false);
  });

  it('sets, replaces and clears a channel default, and clears it with its article', async () => {
    const store = await (await backend.place())();
    const one = (await store.add(GUILD_A, sampleArticle(1))).article;
    const two = (await store.add(GUILD_A, sampleArticle(2))).article;
    await store.setChannelDefault(GUILD_A, CHANNEL, one.id);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBe(one.id);
    await store.setChannelDefault(GUILD_A, CHANNEL, two.id);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBe(two.id);
    await store.remove(GUILD_A, two.id);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    await store.setChannelDefault(GUILD_A, CHANNEL, one.id);
    await store.setChannelDefault(GUILD_A, CHANNEL, undefined);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    await expect(store.setChannelDefault(GUILD_A, CHANNEL, 'ffffffffffffffff')).rejects.toBeInstanceOf(StoreInputError);
  });

  it('holds the articles-per-server limit', async () => {
    const store = await (await backend.place())({ maxArticlesPerGuild: 2 });
    await store.add(GUILD_A, sampleArticle(1));
    await store.add(GUILD_A, sampleArticle(2));
    await expect(store.add(GUILD_A, sampleArticle(3))).rejects.toMatchObject({ name: 'StoreLimitError', limit: 'articles-per-guild' });
    await expect(store.checkLimits(GUILD_A, MEMBER)).rejects.toBeInstanceOf(StoreLimitError);
    // Another server is not full.
    expect((await store.add(GUILD_B, sampleArticle(3))).added).toBe(true);
  });

  it('holds the loads-per-member-per-hour limit, and lets the member load again an hour later', async () => {
    const clock = new FakeClock();
    const store = await (await backend.place())({ maxLoadsPerMemberPerHour: 2, now: clock.now });
    await store.add(GUILD_A, sampleArticle(1));
    clock.advance(10 * 60_000);
    await store.add(GUILD_A, sampleArticle(2));
    await expect(store.add(GUILD_A, sampleArticle(3))).rejects.toMatchObject({ limit: 'loads-per-member', retryAt: '2026-12-01T09:00:00.000Z' });
    // Another member may still load.
    expect((await store.add(GUILD_A, sampleArticle(3, { member: OTHER_MEMBER }))).added).toBe(true);
    clock.advance(50 * 60_000 + 1);
    expect((await store.add(GUILD_A, sampleArticle(4))).added).toBe(true);
  });

  it('keeps every article, channel default and recent load across a restart', async () => {
    const clock = new FakeClock();
    const open = await backend.place();
    const before = await open({ maxLoadsPerMemberPerHour: 2, now: clock.now });
    const { article } = await before.add(GUILD_A, sampleArticle(1));
    await before.add(GUILD_A, sampleArticle(2));
    await before.setChannelDefault(GUILD_A, CHANNEL, article.id);
    const after = await open({ maxLoadsPerMemberPerHour: 2, now: clock.now });
    expect(await after.list(GUILD_A)).toEqual(await before.list(GUILD_A));
    expect(await after.get(GUILD_A, article.id)).toEqual(await before.get(GUILD_A, article.id));
    expect(await after.channelDefault(GUILD_A, CHANNEL)).toBe(article.id);
    await expect(after.add(GUILD_A, sampleArticle(3))).rejects.toBeInstanceOf(StoreLimitError);
    expect(await after.all()).toEqual([{ guildId: GUILD_A, articles: await before.list(GUILD_A) }]);
  });

  it('keeps both of two loads started at once, and only one of two copies of the same text', async () => {
    const store = await (await backend.place())();
    const results = await Promise.all([store.add(GUILD_A, sampleArticle(1)), store.add(GUILD_A, sampleArticle(2)), store.add(GUILD_A, sampleArticle(1))]);
    expect(results.filter((r) => r.added)).toHaveLength(2);
    expect((await store.list(GUILD_A)).map((a) => a.title).sort()).toEqual(['测试标题1', '测试标题2']);
  });
});

describe('the PostgreSQL store shared by two processes', () => {
  afterEachClose();

  it('lets one load and the other see it at once, the limits counted across both', async () => {
    const connectionString = await freshDatabase();
    const loader = await PgArticleStore.open({ connectionString, maxArticlesPerGuild: 2 });
    const answerer = await PgArticleStore.open({ connectionString, maxArticlesPerGuild: 2 });
    opened.push(loader, answerer);
    const { article } = await loader.add(GUILD_A, sampleArticle(1));
    expect((await answerer.get(GUILD_A, article.id))?.article).toEqual(article);
    await answerer.add(GUILD_A, sampleArticle(2));
    await expect(loader.add(GUILD_A, sampleArticle(3))).rejects.toBeInstanceOf(StoreLimitError);
    // Both at once into a guild with one place left: the guild's lock lets exactly one in.
    await loader.remove(GUILD_A, article.id);
    const raced = await Promise.allSettled([loader.add(GUILD_A, sampleArticle(4)), answerer.add(GUILD_A, sampleArticle(5))]);
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await answerer.list(GUILD_A)).toHaveLength(2);
  });
});

function afterEachClose(): void {
  // Stores on a database hold connections; each test's are closed when it ends.
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
}
