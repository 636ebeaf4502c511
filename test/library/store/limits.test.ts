import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreLimitError, articleIdOf } from '../../../src/library/store/index.js';
import { FakeClock, GUILD_A, GUILD_B, MEMBER, OTHER_MEMBER, openStore, sampleArticle, tempDataDir } from './helpers.js';

async function refusal(attempt: Promise<unknown>): Promise<StoreLimitError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreLimitError);
  return error as StoreLimitError;
}

describe('FileArticleStore: articles per server', () => {
  it('refuses a new article in a full server, until one is removed', async () => {
    const store = openStore(await tempDataDir(), { maxArticlesPerGuild: 2 });
    const first = await store.add(GUILD_A, sampleArticle(1));
    await store.add(GUILD_A, sampleArticle(2));

    const error = await refusal(store.add(GUILD_A, sampleArticle(3)));
    expect(error).toMatchObject({ limit: 'articles-per-guild', max: 2, retryAt: undefined });
    expect(error.message).toBe('This server already keeps 2 articles, the most it may. Remove one before loading another.');
    await expect(store.checkLimits(GUILD_A, OTHER_MEMBER)).rejects.toThrow(StoreLimitError);
    expect(await store.list(GUILD_A)).toHaveLength(2);

    // Loading what it already keeps is not a new article, and another server has its own count.
    expect((await store.add(GUILD_A, sampleArticle(1))).added).toBe(false);
    expect((await store.add(GUILD_B, sampleArticle(3))).added).toBe(true);

    await store.remove(GUILD_A, first.article.id);
    expect((await store.add(GUILD_A, sampleArticle(3))).added).toBe(true);
  });

  it('the default is 500, counting the articles already on disk', async () => {
    const dataDir = await tempDataDir();
    // 500 articles written straight to disk: adding them one by one would spend seconds in fsync.
    for (let n = 0; n < 500; n++) {
      const input = sampleArticle(n);
      const id = articleIdOf(input.articleFile);
      const dir = join(dataDir, 'guilds', GUILD_A, 'articles', id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'article.txt'), input.articleFile);
      writeFileSync(join(dir, 'parsed.json'), JSON.stringify(input.parsed));
      writeFileSync(join(dir, 'meta.json'), JSON.stringify({ ...input.meta, id, guildId: GUILD_A }));
    }
    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toHaveLength(500);
    await expect(store.add(GUILD_A, sampleArticle(500))).rejects.toMatchObject({ limit: 'articles-per-guild', max: 500 });
    expect(store.problems).toEqual([]);
  });
});

describe('FileArticleStore: loads per member per hour', () => {
  it('refuses a member’s third load within the hour, says when to retry, and lets it through after', async () => {
    const clock = new FakeClock();
    const store = openStore(await tempDataDir(), { maxLoadsPerMemberPerHour: 2, now: clock.now });
    await store.add(GUILD_A, sampleArticle(1));
    clock.advance(10 * 60 * 1000);
    await store.add(GUILD_A, sampleArticle(2));
    clock.advance(10 * 60 * 1000);

    const error = await refusal(store.add(GUILD_A, sampleArticle(3)));
    expect(error).toMatchObject({ limit: 'loads-per-member', max: 2, retryAt: '2026-12-01T09:00:00.000Z' });
    expect(error.message).toBe(
      'You have loaded 2 articles into this server in the last hour, the most allowed. You can load another after 09:00 UTC.',
    );
    await expect(store.checkLimits(GUILD_A, MEMBER)).rejects.toMatchObject({ limit: 'loads-per-member' });

    // Another member, and the same member in another server, are counted apart.
    expect((await store.add(GUILD_A, sampleArticle(4, { member: OTHER_MEMBER }))).added).toBe(true);
    expect((await store.add(GUILD_B, sampleArticle(5))).added).toBe(true);
    // Loading again what the server keeps stores nothing and costs nothing.
    expect((await store.add(GUILD_A, sampleArticle(1))).added).toBe(false);

    clock.advance(40 * 60 * 1000 - 1);
    await expect(store.add(GUILD_A, sampleArticle(3))).rejects.toThrow(StoreLimitError);
    clock.advance(1);
    await expect(store.checkLimits(GUILD_A, MEMBER)).resolves.toBeUndefined();
    expect((await store.add(GUILD_A, sampleArticle(3))).added).toBe(true);
    // The second load (at 08:10) still counts until 09:10.
    await expect(store.add(GUILD_A, sampleArticle(6))).rejects.toMatchObject({ retryAt: '2026-12-01T09:10:00.000Z' });
  });

  it('removing an article does not give the load back', async () => {
    const clock = new FakeClock();
    const store = openStore(await tempDataDir(), { maxLoadsPerMemberPerHour: 1, now: clock.now });
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    await store.remove(GUILD_A, article.id);
    const error = await refusal(store.add(GUILD_A, sampleArticle(2)));
    expect(error.message).toMatch(/^You have loaded 1 article into/);
  });

  it('is kept across a restart', async () => {
    const dataDir = await tempDataDir();
    const clock = new FakeClock();
    const before = openStore(dataDir, { maxLoadsPerMemberPerHour: 1, now: clock.now });
    await before.add(GUILD_A, sampleArticle(1));

    clock.advance(30 * 60 * 1000);
    const after = openStore(dataDir, { maxLoadsPerMemberPerHour: 1, now: clock.now });
    await expect(after.add(GUILD_A, sampleArticle(2))).rejects.toMatchObject({ retryAt: '2026-12-01T09:00:00.000Z' });
    clock.advance(30 * 60 * 1000);
    expect((await after.add(GUILD_A, sampleArticle(2))).added).toBe(true);
  });
});

describe('FileArticleStore options', () => {
  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => openStore('/nowhere', { maxArticlesPerGuild: 0 })).toThrow(/maxArticlesPerGuild/);
    expect(() => openStore('/nowhere', { maxLoadsPerMemberPerHour: 1.5 })).toThrow(/maxLoadsPerMemberPerHour/);
  });

  it('takes an undefined limit as the default', async () => {
    const store = openStore(await tempDataDir(), { maxArticlesPerGuild: undefined, maxLoadsPerMemberPerHour: undefined });
    for (let n = 0; n < 20; n++) await store.add(GUILD_A, sampleArticle(n));
    await expect(store.add(GUILD_A, sampleArticle(20))).rejects.toMatchObject({ limit: 'loads-per-member', max: 20 });
  });
});
