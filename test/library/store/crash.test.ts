import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUILD_A, openStore, sampleArticle, tempDataDir } from './helpers.js';

describe('FileArticleStore: after a crash mid-write', () => {
  it('deletes and reports what an interrupted add, remove or file write left, and serves the rest', async () => {
    const dataDir = await tempDataDir();
    const { article } = await openStore(dataDir).add(GUILD_A, sampleArticle(1));
    const guildDir = join(dataDir, 'guilds', GUILD_A);
    const articles = join(guildDir, 'articles');
    // An add killed before its rename: the article's text written, meta.json not yet.
    const writing = join(articles, '.tmp-00000000000000aa-4242-deadbeef');
    await mkdir(writing);
    await writeFile(join(writing, 'article.txt'), sampleArticle(2).articleFile);
    await writeFile(join(writing, 'parsed.json.4242.tmp'), '{"title": "测');
    // A removal killed after its rename, and a channels.json write killed before its rename.
    const removing = join(articles, `.trash-${'b'.repeat(16)}-4242-cafebabe`);
    await mkdir(removing);
    await writeFile(join(removing, 'meta.json'), '{}');
    await writeFile(join(guildDir, 'channels.json.4242.tmp'), '{"5000');

    const store = openStore(dataDir);
    expect(await store.list(GUILD_A)).toEqual([article]);
    expect((await readdir(articles)).sort()).toEqual([article.id]);
    expect((await readdir(guildDir)).sort()).toEqual(['articles', 'loads.json']);
    const deleted = 'left by a write or removal that did not finish; deleted';
    expect(store.problems).toEqual(
      expect.arrayContaining([
        { file: writing, reason: deleted },
        { file: removing, reason: deleted },
        { file: join(guildDir, 'channels.json.4242.tmp'), reason: deleted },
      ]),
    );
    expect(store.problems).toHaveLength(3);
    expect((await store.add(GUILD_A, sampleArticle(2))).added).toBe(true);
  });
});
