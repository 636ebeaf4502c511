import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreInputError, isArticleId, normaliseArticleId } from '../../../src/library/store/index.js';
import { CHANNEL, GUILD_A, GUILD_B, MEMBER, openStore, sampleArticle, tempDataDir } from './helpers.js';

describe('FileArticleStore: one guild cannot reach another', () => {
  it('get, remove and list in guild B do not see guild A’s article', async () => {
    const store = openStore(await tempDataDir());
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    expect(await store.list(GUILD_B)).toEqual([]);
    expect(await store.get(GUILD_B, article.id)).toBeUndefined();
    expect(await store.remove(GUILD_B, article.id)).toBe(false);
    await expect(store.setChannelDefault(GUILD_B, CHANNEL, article.id)).rejects.toThrow(StoreInputError);
    expect(await store.list(GUILD_A)).toEqual([article]);
  });

  it('a directory moved by hand into another guild is not served there', async () => {
    const dataDir = await tempDataDir();
    const { article } = await openStore(dataDir).add(GUILD_A, sampleArticle(1));
    const { rename } = await import('node:fs/promises');
    await mkdir(join(dataDir, 'guilds', GUILD_B, 'articles'), { recursive: true });
    await rename(join(dataDir, 'guilds', GUILD_A, 'articles', article.id), join(dataDir, 'guilds', GUILD_B, 'articles', article.id));

    const store = openStore(dataDir);
    expect(await store.list(GUILD_B)).toEqual([]);
    expect(await store.get(GUILD_B, article.id)).toBeUndefined();
    expect(store.problems).toEqual([
      { file: join(dataDir, 'guilds', GUILD_B, 'articles', article.id, 'meta.json'), reason: expect.stringMatching(/of guild 100000000000000001; skipped/) },
    ]);
  });
});

describe('FileArticleStore: ids cannot leave the data directory', () => {
  const badGuilds = ['../x', '..', '', '1/../2', '12345678901234567890123', ' 1', '1e5', '١٢٣'];

  it.each(badGuilds)('refuses guild id %j in every method', async (guildId) => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    await expect(store.add(guildId, sampleArticle(1))).rejects.toThrow(StoreInputError);
    await expect(store.list(guildId)).rejects.toThrow(StoreInputError);
    await expect(store.get(guildId, '0123456789abcdef')).rejects.toThrow(StoreInputError);
    await expect(store.remove(guildId, '0123456789abcdef')).rejects.toThrow(StoreInputError);
    await expect(store.checkLimits(guildId, MEMBER)).rejects.toThrow(StoreInputError);
    await expect(store.setChannelDefault(guildId, CHANNEL, undefined)).rejects.toThrow(StoreInputError);
    await expect(store.channelDefault(guildId, CHANNEL)).rejects.toThrow(StoreInputError);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('treats an article id that is a path as not found, and touches nothing outside', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    await store.add(GUILD_A, sampleArticle(1));
    // What '../../etc' would reach from guilds/<A>/articles/: guilds/<A>/etc, and beyond it.
    const bait = join(dataDir, 'guilds', GUILD_A, 'etc');
    await mkdir(bait);
    await writeFile(join(bait, 'meta.json'), '{}');
    for (const id of ['../../etc', '../etc', '..', '.', '', '/etc/passwd', '0123456789abcdef/..', '0123456789ABCDEG']) {
      expect(await store.get(GUILD_A, id)).toBeUndefined();
      expect(await store.remove(GUILD_A, id)).toBe(false);
      await expect(store.setChannelDefault(GUILD_A, CHANNEL, id)).rejects.toThrow(StoreInputError);
    }
    expect(await readdir(bait)).toEqual(['meta.json']);
    expect(await store.list(GUILD_A)).toHaveLength(1);
  });

  it('recognises only 16 hex digits as an article id', () => {
    for (const id of ['../../etc', '0123456789abcde', '0123456789abcdef0', '0123456789abcde/', '0123456789abcde.', '..']) {
      expect(normaliseArticleId(id)).toBeUndefined();
      expect(isArticleId(id)).toBe(false);
    }
    expect(normaliseArticleId(' 0123456789ABCDEF\n')).toBe('0123456789abcdef');
    expect(isArticleId('0123456789ABCDEF')).toBe(false);
  });

  it('refuses channel and member ids that are not Discord ids', async () => {
    const store = openStore(await tempDataDir());
    await expect(store.setChannelDefault(GUILD_A, '../x', undefined)).rejects.toThrow(StoreInputError);
    await expect(store.channelDefault(GUILD_A, '../x')).rejects.toThrow(StoreInputError);
    await expect(store.checkLimits(GUILD_A, '../x')).rejects.toThrow(StoreInputError);
    const input = sampleArticle(1);
    await expect(store.add(GUILD_A, { ...input, meta: { ...input.meta, source: { ...input.meta.source, loadedBy: '../x' } } })).rejects.toThrow(
      /loadedBy/,
    );
  });
});
