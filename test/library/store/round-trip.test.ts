import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUILD_A, GUILD_B, openStore, sampleArticle, tempDataDir } from './helpers.js';

describe('FileArticleStore: add, list, get, remove', () => {
  it('stores an article, lists it, serves its text and parsed form, and removes it', async () => {
    const dataDir = await tempDataDir();
    const store = openStore(dataDir);
    const input = sampleArticle(1, { rawHtml: '<html><body><p>原网页</p></body></html>' });

    const { article, added } = await store.add(GUILD_A, input);
    expect(added).toBe(true);
    expect(article).toEqual({ ...input.meta, id: article.id, guildId: GUILD_A });
    expect(article.id).toBe(createHash('sha256').update(input.articleFile).digest('hex').slice(0, 16));

    expect(await store.list(GUILD_A)).toEqual([article]);
    expect(await store.get(GUILD_A, article.id)).toEqual({ article, articleFile: input.articleFile, parsed: input.parsed });
    const dir = join(dataDir, 'guilds', GUILD_A, 'articles', article.id);
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'meta.json', 'parsed.json', 'raw.html']);
    expect(await readFile(join(dir, 'raw.html'), 'utf8')).toBe(input.rawHtml);

    expect(await store.remove(GUILD_A, article.id)).toBe(true);
    expect(await store.list(GUILD_A)).toEqual([]);
    expect(await store.get(GUILD_A, article.id)).toBeUndefined();
    expect(await store.remove(GUILD_A, article.id)).toBe(false);
    expect(await readdir(join(dataDir, 'guilds', GUILD_A, 'articles'))).toEqual([]);
    expect(store.problems).toEqual([]);
  });

  it('writes no raw.html when there was no page', async () => {
    const dataDir = await tempDataDir();
    const { article } = await openStore(dataDir).add(GUILD_A, sampleArticle(1));
    expect((await readdir(join(dataDir, 'guilds', GUILD_A, 'articles', article.id))).sort()).toEqual([
      'article.txt',
      'meta.json',
      'parsed.json',
    ]);
  });

  it('lists newest first', async () => {
    const store = openStore(await tempDataDir());
    for (const n of [2, 3, 1]) await store.add(GUILD_A, sampleArticle(n));
    expect((await store.list(GUILD_A)).map((a) => a.title)).toEqual(['测试标题3', '测试标题2', '测试标题1']);
  });

  it('accepts an article id typed in capitals or with spaces around it', async () => {
    const store = openStore(await tempDataDir());
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    expect((await store.get(GUILD_A, ` ${article.id.toUpperCase()} `))?.article.id).toBe(article.id);
  });

  it('hands out frozen records, so a caller cannot change what others are served', async () => {
    const store = openStore(await tempDataDir());
    const { article } = await store.add(GUILD_A, sampleArticle(1));
    expect(() => {
      (article as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (article.source as { value: string }).value = 'changed';
    }).toThrow(TypeError);
    expect((await store.list(GUILD_A))[0]?.title).toBe('测试标题1');
  });

  it('refuses article details it could not read back, and a parsed form JSON cannot write', async () => {
    const store = openStore(await tempDataDir());
    const bad = sampleArticle(1);
    await expect(store.add(GUILD_A, { ...bad, meta: { ...bad.meta, paragraphs: -1 } })).rejects.toThrow(/paragraphs/);
    await expect(
      store.add(GUILD_A, { ...bad, meta: { ...bad.meta, source: { ...bad.meta.source, loadedAt: 'yesterday' } } }),
    ).rejects.toThrow(/loadedAt/);
    await expect(store.add(GUILD_A, { ...bad, parsed: undefined })).rejects.toThrow(/JSON/);
    expect(await store.list(GUILD_A)).toEqual([]);
  });
});

describe('FileArticleStore: the same text twice', () => {
  it('keeps one copy in a guild and returns the first record', async () => {
    const store = openStore(await tempDataDir());
    const first = await store.add(GUILD_A, sampleArticle(1));
    const again = sampleArticle(1);
    const second = await store.add(GUILD_A, { ...again, meta: { ...again.meta, title: 'another title', source: { ...again.meta.source, kind: 'file', value: 'copy.txt' } } });
    expect(second).toEqual({ article: first.article, added: false });
    expect(await store.list(GUILD_A)).toHaveLength(1);
  });

  it('keeps a copy in each guild that loads it', async () => {
    const store = openStore(await tempDataDir());
    const a = await store.add(GUILD_A, sampleArticle(1));
    const b = await store.add(GUILD_B, sampleArticle(1));
    expect(b.added).toBe(true);
    expect(b.article.id).toBe(a.article.id);
    expect(await store.remove(GUILD_A, a.article.id)).toBe(true);
    expect((await store.get(GUILD_B, b.article.id))?.article.guildId).toBe(GUILD_B);
  });
});

describe('FileArticleStore: restart', () => {
  it('a new store on the same directory serves everything the old one stored', async () => {
    const dataDir = await tempDataDir();
    const before = openStore(dataDir);
    const one = await before.add(GUILD_A, sampleArticle(1));
    const two = await before.add(GUILD_A, sampleArticle(2, { rawHtml: '<p>原网页</p>' }));
    const three = await before.add(GUILD_B, sampleArticle(3));
    await before.remove(GUILD_A, one.article.id);

    const after = openStore(dataDir);
    expect(await after.list(GUILD_A)).toEqual([two.article]);
    expect(await after.get(GUILD_A, two.article.id)).toEqual({
      article: two.article,
      articleFile: sampleArticle(2).articleFile,
      parsed: sampleArticle(2).parsed,
    });
    expect(await after.all()).toEqual([
      { guildId: GUILD_A, articles: [two.article] },
      { guildId: GUILD_B, articles: [three.article] },
    ]);
    expect((await after.add(GUILD_B, sampleArticle(3))).added).toBe(false);
    expect(after.problems).toEqual([]);
  });

  it('all() on a directory that does not exist yet is empty, and nothing is reported', async () => {
    const store = openStore(join(await tempDataDir(), 'not-yet'));
    expect(await store.all()).toEqual([]);
    expect(await store.list(GUILD_A)).toEqual([]);
    expect(store.problems).toEqual([]);
  });
});
