import { describe, expect, it } from 'vitest';
import { articleIdOf } from '../../../src/library/store/index.js';
import { KeyedQueue } from '../../../src/library/store/keyed-queue.js';
import { CHANNEL, GUILD_A, GUILD_B, MEMBER, openStore, sampleArticle, tempDataDir } from './helpers.js';

describe('FileArticleStore: operations at the same time', () => {
  it('keeps every one of many adds to one guild started at once', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => store.add(GUILD_A, sampleArticle(n))));
    expect(results.every((r) => r.added)).toBe(true);
    expect(await store.list(GUILD_A)).toHaveLength(6);
    expect(await openStore(dataDir).list(GUILD_A)).toHaveLength(6);
  });

  it('counts every load of a member started at once against the hourly limit', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir, { maxLoadsPerMemberPerHour: 3 });
    const settled = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => store.add(GUILD_A, sampleArticle(n))));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(3);
    await expect(openStore(dataDir, { maxLoadsPerMemberPerHour: 3 }).checkLimits(GUILD_A, MEMBER)).rejects.toThrow(/3 articles/);
  });

  it('adds the same text once when it is loaded twice at once', async () => {
    const store = openStore(await tempDataDir());
    const [a, b] = await Promise.all([store.add(GUILD_A, sampleArticle(1)), store.add(GUILD_A, sampleArticle(1))]);
    expect([a.added, b.added].sort()).toEqual([false, true]);
    expect(a.article).toBe(b.article);
  });

  it('keeps adds, removes and defaults across guilds in step', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    await Promise.all([
      store.add(GUILD_A, sampleArticle(2)),
      store.remove(GUILD_A, article.id),
      store.add(GUILD_B, sampleArticle(3)),
      store.setChannelDefault(GUILD_B, CHANNEL, sampleArticleId(3)),
      store.add(GUILD_A, sampleArticle(4)),
    ]);
    const restarted = openStore(dataDir);
    expect((await restarted.list(GUILD_A)).map((a) => a.title).sort()).toEqual(['测试标题2', '测试标题4']);
    expect(await restarted.channelDefault(GUILD_B, CHANNEL)).toBe(sampleArticleId(3));
  });
});

describe('KeyedQueue', () => {
  it('runs one key’s tasks in order, past a failure, and other keys alongside', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const step = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) =>
        setTimeout(() => {
          events.push(name);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms),
      );
    const runs = [
      queue.run('a', step('a1', 30)),
      queue.run('a', step('a2', 1, true)),
      queue.run('a', step('a3', 1)),
      queue.run('b', step('b1', 5)),
    ];
    const settled = await Promise.allSettled(runs);
    expect(events).toEqual(['b1', 'a1', 'a2', 'a3']);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});

function sampleArticleId(n: number): string {
  return articleIdOf(sampleArticle(n).articleFile);
}
