import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL, GUILD_A, GUILD_B, openStore, sampleArticle, tempDataDir } from './helpers.js';

/** Three articles in guild A and one in guild B, written by a store that is then dropped. */
async function storedLibrary() {
  const dataDir = await tempDataDir();
  const store = openStore(dataDir);
  const ids = [];
  for (const n of [1, 2, 3]) ids.push((await store.add(GUILD_A, sampleArticle(n))).article.id);
  const other = (await store.add(GUILD_B, sampleArticle(4))).article;
  const dirOf = (id: string) => join(dataDir, 'guilds', GUILD_A, 'articles', id);
  return { dataDir, ids: ids as [string, string, string], other, dirOf };
}

describe('FileArticleStore: unreadable records', () => {
  it('reports a corrupt meta.json and a missing file, skips both, and serves the rest', async () => {
    const { dataDir, ids, other, dirOf } = await storedLibrary();
    await writeFile(join(dirOf(ids[0]), 'meta.json'), '{"id": "trunc');
    await rm(join(dirOf(ids[1]), 'parsed.json'));

    const store = openStore(dataDir);
    expect((await store.list(GUILD_A)).map((a) => a.id)).toEqual([ids[2]]);
    expect(await store.all()).toEqual([
      { guildId: GUILD_A, articles: [expect.objectContaining({ id: ids[2] })] },
      { guildId: GUILD_B, articles: [other] },
    ]);
    expect(await store.get(GUILD_A, ids[0])).toBeUndefined();
    expect(await store.get(GUILD_A, ids[1])).toBeUndefined();
    expect((await store.get(GUILD_A, ids[2]))?.articleFile).toBe(sampleArticle(3).articleFile);
    // Directories are read in name order, which for hash ids is any order.
    expect(store.problems).toHaveLength(2);
    expect(store.problems).toEqual(
      expect.arrayContaining([
        { file: join(dirOf(ids[0]), 'meta.json'), reason: expect.stringMatching(/^not valid JSON/) },
        { file: join(dirOf(ids[1]), 'parsed.json'), reason: 'missing' },
      ]),
    );
  });

  it('reports a meta.json that is JSON of the wrong shape', async () => {
    const { dataDir, ids, dirOf } = await storedLibrary();
    await writeFile(join(dirOf(ids[0]), 'meta.json'), JSON.stringify({ id: ids[0], guildId: GUILD_A, title: 5 }));
    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toHaveLength(2);
    expect(store.problems).toEqual([{ file: join(dirOf(ids[0]), 'meta.json'), reason: expect.stringMatching(/^unexpected content: .*title/) }]);
  });

  it('drops an article whose files disappear after it was listed, reporting it once', async () => {
    const { dataDir, ids, dirOf } = await storedLibrary();
    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toHaveLength(3);
    await rm(join(dirOf(ids[0]), 'article.txt'));
    await writeFile(join(dirOf(ids[1]), 'parsed.json'), '{not json');
    expect(await store.get(GUILD_A, ids[0])).toBeUndefined();
    expect(await store.get(GUILD_A, ids[1])).toBeUndefined();
    expect(await store.get(GUILD_A, ids[1])).toBeUndefined();
    expect((await store.list(GUILD_A)).map((a) => a.id)).toEqual([ids[2]]);
    expect(store.problems).toEqual([
      { file: join(dirOf(ids[0]), 'article.txt'), reason: 'missing' },
      { file: join(dirOf(ids[1]), 'parsed.json'), reason: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it('loading a broken article again replaces it with a good copy', async () => {
    const { dataDir, ids, dirOf } = await storedLibrary();
    await writeFile(join(dirOf(ids[0]), 'meta.json'), 'garbage');
    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toHaveLength(2);
    const again = await store.add(GUILD_A, sampleArticle(1));
    expect(again).toMatchObject({ added: true, article: { id: ids[0] } });
    expect(await openStore(dataDir).list(GUILD_A)).toHaveLength(3);
    expect(await readdir(join(dataDir, 'guilds', GUILD_A, 'articles'))).toHaveLength(3);
  });

  it('reports entries that are not articles or guilds, and leaves them alone', async () => {
    const { dataDir } = await storedLibrary();
    await mkdir(join(dataDir, 'guilds', GUILD_A, 'articles', 'notes'));
    await mkdir(join(dataDir, 'guilds', 'lost+found'));
    const store = openStore(dataDir);
    expect(await store.all()).toHaveLength(2);
    expect(store.problems).toEqual([
      { file: join(dataDir, 'guilds', GUILD_A, 'articles', 'notes'), reason: 'not an article directory; skipped' },
      { file: join(dataDir, 'guilds', 'lost+found'), reason: 'not a guild directory; skipped' },
    ]);
    expect(await readdir(join(dataDir, 'guilds', GUILD_A, 'articles'))).toContain('notes');
  });

  it('a corrupt channels.json is reported, read as no defaults, and replaced by the next change', async () => {
    const { dataDir, ids } = await storedLibrary();
    await writeFile(join(dataDir, 'guilds', GUILD_A, 'channels.json'), '[1, 2');
    const store = openStore(dataDir);
    expect(await store.channelDefault(GUILD_A, CHANNEL)).toBeUndefined();
    expect(store.problems).toEqual([
      { file: join(dataDir, 'guilds', GUILD_A, 'channels.json'), reason: expect.stringMatching(/^not valid JSON/) },
    ]);
    await store.setChannelDefault(GUILD_A, CHANNEL, ids[0]);
    expect(await openStore(dataDir).channelDefault(GUILD_A, CHANNEL)).toBe(ids[0]);
  });
});

describe('FileArticleStore: records deleted by hand', () => {
  it('removing an article whose directory is already gone succeeds', async () => {
    const { dataDir, ids, dirOf } = await storedLibrary();
    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toHaveLength(3);
    await rm(dirOf(ids[0]), { recursive: true });
    expect(await store.remove(GUILD_A, ids[0])).toBe(true);
    expect(await store.list(GUILD_A)).toHaveLength(2);
  });
});
