import { describe, expect, it } from 'vitest';
import { StoreInputError } from '../../../src/library/store/index.js';
import { CHANNEL, GUILD_A, GUILD_B, openStore, sampleArticle, tempDataDir } from './helpers.js';

const OTHER_CHANNEL = '600000000000000006';

describe('FileArticleStore: channel defaults', () => {
  it('sets, keeps across a restart, and clears a channel’s default article', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const one = (await store.add(GUILD_A, sampleArticle(1))).article.id;
    const two = (await store.add(GUILD_A, sampleArticle(2))).article.id;
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();

    await store.setChannelDefault(GUILD_A, CHANNEL, one);
    await store.setChannelDefault(GUILD_A, OTHER_CHANNEL, two.toUpperCase());
    const restarted = openStore(dataDir);
    expect(await restarted.channelDefault(GUILD_A, CHANNEL)).toBe(one);
    expect(await restarted.channelDefault(GUILD_A, OTHER_CHANNEL)).toBe(two);
    expect(await restarted.channelDefault(GUILD_B, CHANNEL)).toBeUndefined();

    await restarted.setChannelDefault(GUILD_A, CHANNEL, undefined);
    expect(await openStore(dataDir).channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    expect(await openStore(dataDir).channelDefault(GUILD_A, OTHER_CHANNEL)).toBe(two);
  });

  it('removing an article clears the defaults that named it, on disk too', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const one = (await store.add(GUILD_A, sampleArticle(1))).article.id;
    const two = (await store.add(GUILD_A, sampleArticle(2))).article.id;
    await store.setChannelDefault(GUILD_A, CHANNEL, one);
    await store.setChannelDefault(GUILD_A, OTHER_CHANNEL, two);
    await store.remove(GUILD_A, one);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    const restarted = openStore(dataDir);
    expect(await restarted.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    expect(await restarted.channelDefault(GUILD_A, OTHER_CHANNEL)).toBe(two);
    // The same article loaded again does not bring the old default back.
    await restarted.add(GUILD_A, sampleArticle(1));
    expect(await restarted.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
  });

  it('refuses an article the guild does not keep', async () => {
    const store = openStore(await tempDataDir());
    const other = (await store.add(GUILD_B, sampleArticle(1))).article.id;
    await expect(store.setChannelDefault(GUILD_A, CHANNEL, other)).rejects.toThrow(StoreInputError);
    await expect(store.setChannelDefault(GUILD_A, CHANNEL, '0123456789abcdef')).rejects.toThrow(/keeps no article "0123456789abcdef"/);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
  });
});
