import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../src/article/index.js';
import { articleIdOf } from '../../../src/library/store/ids.js';
import { storedReading } from '../../../src/library/stored-reading.js';
import { PgArticleStore } from '../../../src/library/store/pg/pg-store.js';
import type { NewArticle } from '../../../src/library/store/types.js';
import { TieredIndex } from '../../../src/search/tiered-index.js';
import { indexTerms } from '../../../src/search/tokenize.js';
import type { WeightedTerm } from '../../../src/search/types.js';
import { freshDatabase } from '../../support/databases.js';
import { GUILD_A, GUILD_B, MEMBER } from './helpers.js';

/** Four short articles written for this test: two in each guild, tea in both. */
const FILES = {
  tea: `山区茶农春茶喜获丰收
<p>今年春茶产量比去年增加了三成，茶叶收购价格保持稳定。</p>
<p>合作社新建了两座茶叶加工厂，春茶加工能力明显提高。</p>`,
  railway: `新建高速铁路正式开通运营
<p>这条高速铁路全长三百二十公里，沿线设车站十一座。</p>
<p>开通后两座城市之间的旅行时间缩短到一个小时。</p>`,
  library: `市图书馆新馆对读者开放
<p>新馆建筑面积四万平方米，藏书一百二十万册。</p>
<p>读者可以在自助借还机上办理图书借阅手续。</p>`,
  museum: `茶文化博物馆落成开放
<p>博物馆展出历代茶具和茶叶标本两千余件。</p>
<p>开放首日，数千名游客前来参观茶艺表演。</p>`,
} as const;
type Name = keyof typeof FILES;
const GUILD_OF: Record<Name, string> = { tea: GUILD_A, railway: GUILD_A, library: GUILD_B, museum: GUILD_B };

const idOf = (name: Name) => articleIdOf(FILES[name]);
const articleOf = (name: Name): Article => parseArticle(FILES[name], idOf(name));

function newArticle(name: Name, minute: number): NewArticle {
  const article = articleOf(name);
  return {
    articleFile: FILES[name],
    // As the library stores it: the reading with its parser's version.
    parsed: storedReading(article),
    meta: {
      title: article.title,
      paragraphs: article.paragraphs.length,
      source: { kind: 'url', value: `https://example.com/${name}.html`, loadedBy: MEMBER, loadedAt: new Date(Date.UTC(2026, 11, 1, 8, minute)).toISOString() },
    },
  };
}

/** A question's terms as the engine searches them: its index terms, each weighing 1. */
const termsOf = (question: string): WeightedTerm[] => indexTerms(question).map((term) => ({ term, weight: 1 }));

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function loadedStore(): Promise<{ store: PgArticleStore; url: string }> {
  const url = await freshDatabase();
  const store = await PgArticleStore.open({ connectionString: url });
  opened.push(store);
  let minute = 0;
  for (const name of Object.keys(FILES) as Name[]) expect((await store.add(GUILD_OF[name], newArticle(name, minute++))).added).toBe(true);
  return { store, url };
}

async function sentenceRows(url: string, articleId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM sentences WHERE article_id = $1', [articleId]);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

const QUESTIONS: { question: string; guilds: string[]; expected: Name }[] = [
  { question: '今年春茶产量增加了多少？', guilds: [GUILD_A], expected: 'tea' },
  { question: '高速铁路全长多少公里？', guilds: [GUILD_A], expected: 'railway' },
  { question: '新馆藏书有多少册？', guilds: [GUILD_B], expected: 'library' },
  { question: '博物馆展出了多少件茶具？', guilds: [GUILD_B], expected: 'museum' },
  { question: '博物馆展出了多少件茶具？', guilds: [GUILD_A, GUILD_B], expected: 'museum' },
  { question: '茶叶加工厂新建了几座？', guilds: [GUILD_A, GUILD_B], expected: 'tea' },
];

describe('the passage index in PostgreSQL', () => {
  it('keeps one GIN by server and term, with no pending list (its merging stalled one load past the query timeout under a steady load)', async () => {
    const { url } = await loadedStore();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ reloptions: string[] | null }>("SELECT reloptions FROM pg_class WHERE relname = 'sentences_guild_terms'");
      expect(rows[0]?.reloptions).toContain('fastupdate=off');
      // Keyed by server and term together: one server's query reads its own postings, not every server's.
      const { rows: defs } = await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'sentences' AND indexdef LIKE '%gin%'");
      expect(defs.map((d) => d.indexdef)).toEqual([expect.stringContaining('USING gin (guild_id, terms)')]);
    } finally {
      await client.end();
    }
  });

  it('indexes every sentence of an article with its headline, in the same load', async () => {
    const { url } = await loadedStore();
    // The headline and two paragraphs of one sentence each.
    expect(await sentenceRows(url, idOf('tea'))).toBe(3);
  });

  it.each(QUESTIONS)('ranks first the same article as the embedded index: $question in $guilds', async ({ question, guilds, expected }) => {
    const { store } = await loadedStore();
    const names = (Object.keys(FILES) as Name[]).filter((name) => guilds.includes(GUILD_OF[name]));
    const embedded = TieredIndex.build(names.map(articleOf));
    const terms = termsOf(question);
    const fromPg = await store.candidates(guilds, terms, 10);
    const fromMemory = embedded.candidates(terms, 10);
    expect(fromPg[0]).toBe(idOf(expected));
    expect(fromPg[0]).toBe(fromMemory[0]);
    expect([...fromPg].sort()).toEqual([...fromMemory].sort());
  });

  it('never returns an article of a guild not asked', async () => {
    const { store } = await loadedStore();
    // Tea is in both guilds; asked in guild A only, the museum (guild B) is not a candidate.
    const found = await store.candidates([GUILD_A], termsOf('茶叶博物馆展出了什么？'), 10);
    expect(found).toContain(idOf('tea'));
    expect(found).not.toContain(idOf('museum'));
    expect(await store.candidates([GUILD_B], termsOf('高速铁路全长多少公里？'), 10)).toEqual([]);
  });

  it('forgets a removed article and its sentences', async () => {
    const { store, url } = await loadedStore();
    expect(await store.remove(GUILD_A, idOf('tea'))).toBe(true);
    expect(await sentenceRows(url, idOf('tea'))).toBe(0);
    const found = await store.candidates([GUILD_A, GUILD_B], termsOf('茶叶产量增加了多少？'), 10);
    expect(found).not.toContain(idOf('tea'));
    expect(found).toContain(idOf('museum'));
  });

  it('stores a reading without the shape of an article, indexing nothing for it', async () => {
    const { store, url } = await loadedStore();
    const odd: NewArticle = { ...newArticle('tea', 30), articleFile: `${FILES.tea}\n<p>附记。</p>`, parsed: { title: 7, paragraphs: 'none' } };
    const { article, added } = await store.add(GUILD_A, odd);
    expect(added).toBe(true);
    expect(await sentenceRows(url, article.id)).toBe(0);
    expect(await store.candidates([GUILD_A], termsOf('春茶产量'), 10)).toEqual([idOf('tea')]);
  });

  it('finds an article written in traditional characters by a question in simplified ones, as the engine reads both', async () => {
    const { store } = await loadedStore();
    const traditional = `臺灣高鐵增開班次
<p>臺灣高鐵公司宣佈，每週增開六十班列車，以滿足旅客需求。</p>`;
    const article = parseArticle(traditional, articleIdOf(traditional));
    const loaded = await store.add(GUILD_A, {
      articleFile: traditional,
      parsed: storedReading(article),
      meta: { title: article.title, paragraphs: article.paragraphs.length, source: { kind: 'url', value: 'https://example.com/hsr.html', loadedBy: MEMBER, loadedAt: '2026-12-01T09:00:00.000Z' } },
    });
    // No term of the question is written the same in the article: 台湾 臺灣, 高铁 高鐵, 增开 增開, 列车 列車.
    expect(await store.candidates([GUILD_A], termsOf('台湾高铁每周增开多少列车？'), 10)).toEqual([loaded.article.id]);
  });

  it('takes terms with quotes and backslashes as terms, not as SQL or query syntax', async () => {
    const { store } = await loadedStore();
    const hostile = ["'; DROP TABLE articles; --", 'a\\\'b', ' | ', '!', '春茶'].map((term) => ({ term, weight: 1 }));
    expect(await store.candidates([GUILD_A], hostile, 10)).toEqual([idOf('tea')]);
    expect((await store.list(GUILD_A)).length).toBe(2);
  });
});
