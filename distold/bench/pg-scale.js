import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { TieredIndex } from '../src/search/tiered-index.js';
import { StoreUnavailableError } from '../src/library/store/errors.js';
import { QUERY_TIMEOUT_MS } from '../src/library/store/pg/connect.js';
import { PgArticleStore } from '../src/library/store/pg/pg-store.js';
import { searchTerms } from '../src/answer/search-terms.js';
import { foldArticle } from '../src/answer/written.js';
import { projectRoot } from '../src/util/paths.js';
import { buildCorpus } from './corpus.js';
import { startOwnPostgres } from './own-postgres.js';
import { builtRate, KEPT_ABOVE, pgCache, pgCacheKey } from './pg-cache.js';
import { CONCURRENT_LOADS, GUILD_SIZE, loadPlaced, placeCorpus } from './pg-load.js';
import { buildRealCorpus, hasRealText } from './real-corpus.js';
import { spawnTimed } from './spawn.js';
import { percentile } from './stats.js';
/** Questions timed per backend and scope. */
const QUERY_SAMPLE = 300;
const CANDIDATES = 8;
/** Time kept for measuring sizes and queries after loading (and the embedded comparison, when it fits). */
const QUERY_RESERVE_MS = 120_000;
/**
 * At most this long asking every server at once: no shard asks it (a question is asked in one
 * server), and at 100,000 a query over all 200 servers may pass the store's 5 s timeout, each such
 * question costing the whole 5 s. The row says how many were timed and how many timed out.
 */
const ALL_SERVERS_MS = 60_000;
/** At most this long answering whole questions in the bot's process (about 300 questions fit, at most ~0.3 s each). */
const BOT_MS = 150_000;
/** Latency of the samples; `timedOut` more questions passed `timeoutMs` and stand at it. */
function latency(samples, timedOut = 0, timeoutMs = QUERY_TIMEOUT_MS) {
    const all = [...samples, ...Array.from({ length: timedOut }, () => timeoutMs)];
    return { p50: percentile(all, 50), p99: percentile(all, 99), questions: all.length, ...(timedOut ? { timedOut, timeoutMs } : {}) };
}
async function timedAsync(task) {
    const start = performance.now();
    const value = await task();
    return { ms: performance.now() - start, value };
}
/** The corpus of a size, and where each article goes (pg-load.ts). */
function corpusOf(seedFile, size) {
    const real = hasRealText() ? buildRealCorpus(seedFile, size) : undefined;
    const { articles } = real ?? buildCorpus(seedFile, { size });
    return { real, articles, placed: placeCorpus(articles) };
}
/** The store as the bot opens it, with a connection per concurrent load and the bench's load counts allowed. */
function openStore(url, size) {
    return PgArticleStore.open({ connectionString: url, maxConnections: CONCURRENT_LOADS + 1, maxLoadsPerMemberPerHour: size + 1, maxArticlesPerGuild: GUILD_SIZE });
}
/**
 * Builds the kept cluster of a size past KEPT_ABOVE (`node dist/bench/child.js pg-build SIZE …`):
 * every article loaded through the store, with no time budget, continuing where a stopped build
 * left off. Each session is recorded with its date and commit; the cluster is marked complete
 * once the database holds every article. Returns the manifest's directory and whether it is complete.
 */
export async function buildPgCache(seedFile, size, origin, log) {
    const { placed } = corpusOf(seedFile, size);
    const cache = pgCache(size, pgCacheKey(placed));
    if (cache.manifest.complete)
        return { complete: true, loaded: placed.length };
    log(`building the kept ${size.toLocaleString('en-US')}-article cluster in ${cache.dataDir} (once; later runs reuse it)`);
    const server = await startOwnPostgres({ dataDir: cache.dataDir });
    try {
        const store = await openStore(server.url, size);
        const session = { ...origin, added: 0, already: 0, ms: 0 };
        cache.manifest.sessions.push(session);
        const done = await loadPlaced(store, server.url, placed, Infinity, (s) => {
            Object.assign(session, s);
            cache.save();
            log(`loaded ${(s.added + s.already).toLocaleString('en-US')} of ${placed.length.toLocaleString('en-US')} (${Math.round((s.added / s.ms) * 1000)} articles/s this session)`);
        });
        Object.assign(session, done);
        await store.close();
        const loaded = await countArticles(server.url);
        // The statistics the candidates query reads (most common terms), as autovacuum would keep them.
        await vacuumAnalyze(server.url);
        cache.manifest.complete = loaded === placed.length;
        cache.save();
        return { complete: cache.manifest.complete, loaded };
    }
    finally {
        await server.close();
    }
}
async function withClient(url, task) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        return await task(client);
    }
    finally {
        await client.end();
    }
}
const countArticles = (url) => withClient(url, async (c) => Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n));
const vacuumAnalyze = (url) => withClient(url, async (c) => {
    await c.query('VACUUM ANALYZE sentences');
    await c.query('VACUUM ANALYZE articles');
});
/**
 * One size on PostgreSQL, in a server of its own: up to KEPT_ABOVE articles loaded fresh through
 * the store (servers of 500) and the load timed; past it, the kept cluster the build made (the
 * load's figures are that build's). Then candidate queries are timed. `progress` gets the row after
 * each phase (and every 1,000 loads), so a run stopped by the time budget reports what it measured.
 */
export async function measurePgScale(seedFile, size, extraQuestions, budgetMs, progress) {
    const deadline = performance.now() + budgetMs;
    const { real, articles, placed } = corpusOf(seedFile, size);
    const guilds = new Set(placed.map((p) => p.guildId)).size;
    const row = { size, corpus: real ? 'real' : 'seed clauses', guilds, loaded: 0, loadMs: 0 };
    let cache;
    if (size > KEPT_ABOVE) {
        cache = pgCache(size, pgCacheKey(placed));
        if (!cache.manifest.complete)
            return { ...row, incomplete: `the kept cluster is not built (node dist/bench/child.js pg-build ${size} …)` };
    }
    const server = await startOwnPostgres(cache ? { dataDir: cache.dataDir } : {});
    try {
        return await measureOn(server, { real, articles, placed, cache, row, extraQuestions, deadline, progress });
    }
    finally {
        await server.close();
    }
}
async function measureOn(server, m) {
    const { real, articles, placed, cache, row, deadline, progress } = m;
    const store = await openStore(server.url, row.size);
    if (cache) {
        const rate = builtRate(cache.manifest);
        Object.assign(row, {
            loadMs: rate.ms, articlesPerSecond: rate.articlesPerSecond,
            builtBy: cache.manifest.sessions.filter((s) => s.added > 0).map(({ date, revision, added }) => ({ date, revision, added })),
        });
    }
    else {
        // Loading stops early when the rest of the budget is needed for the queries: the row says how many were loaded.
        const session = await loadPlaced(store, server.url, placed, deadline - QUERY_RESERVE_MS, (s) => progress({ ...row, loaded: s.added, loadMs: s.ms }));
        Object.assign(row, { loadMs: session.ms, articlesPerSecond: (session.added / session.ms) * 1000 });
    }
    const held = await withClient(server.url, async (c) => new Set((await c.query(`SELECT guild_id || '/' || id AS key FROM articles`)).rows.map((r) => r.key)));
    const loaded = placed.filter((p) => held.has(`${p.guildId}/${p.id}`));
    row.loaded = loaded.length;
    row.guilds = new Set(loaded.map((p) => p.guildId)).size;
    progress(row);
    await vacuumAnalyze(server.url);
    const s = await withClient(server.url, async (c) => (await c.query(`SELECT pg_total_relation_size('sentences') AS sentences, (SELECT count(*) FROM sentences) AS rows,
            pg_relation_size('sentences_guild_terms') AS gin, pg_total_relation_size('articles') AS articles`)).rows[0]);
    Object.assign(row, { sentences: Number(s.rows), sentenceBytes: Number(s.sentences), ginBytes: Number(s.gin), articleBytes: Number(s.articles) });
    progress(row);
    // Public-set questions about articles in the database (asked in their article's server), then the extra ones (in the seed's).
    const placeOf = new Map(loaded.map((p) => [p.corpusId, p]));
    const seedPlace = placeOf.get(articles[articles.length - 1].id);
    if (!seedPlace) {
        await store.close();
        return row; // nothing loaded in the budget: nothing to ask
    }
    const asked = [
        ...(real?.questions ?? []).filter((q) => placeOf.has(q.articleId)).map((q) => ({ question: q.question, guildId: placeOf.get(q.articleId).guildId, articleId: placeOf.get(q.articleId).id })),
        ...m.extraQuestions.map((question) => ({ question, guildId: seedPlace.guildId, articleId: undefined })),
    ];
    const step = Math.max(1, Math.floor(asked.length / QUERY_SAMPLE));
    const sample = asked.filter((_, i) => i % step === 0).slice(0, QUERY_SAMPLE);
    // The terms the bot asks the database under (searchTerms: the question read before its articles
    // are known), read once per question outside the timings: the query is what is timed.
    const read = new Map();
    const termsOf = (q) => read.get(q) ?? read.set(q, searchTerms(q)).get(q);
    for (const { question } of sample)
        termsOf(question);
    const allGuildIds = [...new Set(loaded.map((p) => p.guildId))];
    // One untimed query: connections opened and the plan's first run are not a question's cost.
    await store.candidates([seedPlace.guildId], termsOf('这篇文章主要讲了什么'), CANDIDATES);
    const inGuild = [];
    // Each scope stops at the deadline: the row says how many questions were timed.
    for (const { question, guildId } of sample) {
        if (performance.now() > deadline)
            break;
        inGuild.push((await timedAsync(() => store.candidates([guildId], termsOf(question), CANDIDATES))).ms);
    }
    row.guild = latency(inGuild);
    progress(row);
    const { allTops, samples, timedOut } = await everyServer(store, sample.map((q) => termsOf(q.question)), allGuildIds, Math.min(deadline, performance.now() + ALL_SERVERS_MS));
    row.allGuilds = latency(samples, timedOut);
    progress(row);
    await store.close();
    // The same questions through the bot's own library, in a process of its own: whole questions and its memory.
    const botQuestions = sample.map(({ question, guildId, articleId }) => ({ question, guildId, ...(articleId ? { articleId } : {}) }));
    row.bot = await botRun(server.url, botQuestions, Math.min(deadline, performance.now() + BOT_MS) - performance.now());
    progress(row);
    // The embedded tier over the same articles under the ids the store gave them, asked the same terms
    // (its build cuts every sentence again: about 2 ms an article here, so only when that fits).
    // Compared on the questions every server answered (the first ones, when that scope ran out of time).
    if (performance.now() + (row.loaded * 2) > deadline || allTops.length === 0 || timedOut > 0)
        return row;
    const storedIds = new Map(loaded.map((p) => [p.corpusId, p.id]));
    const loadedArticles = articles.filter((a) => storedIds.has(a.id));
    // Folded as the engine indexes them, and as the database's index now holds them.
    const embedded = TieredIndex.build(loadedArticles.map((a) => foldArticle({ ...a, id: storedIds.get(a.id) ?? a.id })));
    const inMemory = [];
    let sameTop = 0;
    sample.slice(0, allTops.length).forEach(({ question }, i) => {
        const start = performance.now();
        const top = embedded.candidates(termsOf(question), CANDIDATES)[0];
        inMemory.push(performance.now() - start);
        if (top === allTops[i])
            sameTop++;
    });
    row.embedded = { ...latency(inMemory), sameTop: sameTop / allTops.length };
    progress(row);
    return row;
}
/** The bot child (bench/pg-bot.ts) on this database; its row, or why it has none. */
async function botRun(url, questions, budgetMs) {
    if (budgetMs < 10_000)
        return { missing: 'not measured: the time budget was spent' };
    const dir = mkdtempSync(join(tmpdir(), 'wenda-bench-bot-questions-'));
    try {
        const file = join(dir, 'questions.json');
        writeFileSync(file, JSON.stringify(questions));
        const child = join(projectRoot, 'dist', 'bench', 'child.js');
        const run = await spawnTimed(process.execPath, ['--expose-gc', child, 'pg-bot', file, String(budgetMs - 5_000)], {
            cwd: projectRoot, timeoutMs: budgetMs + 30_000, env: { ...process.env, WENDA_DATABASE_URL: url },
        });
        return JSON.parse(run.lines[run.lines.length - 1] ?? '');
    }
    catch (error) {
        return { missing: `not measured: ${error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error)}` };
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/**
 * Every server at once, until `stopAt`: each question's time and first candidate, and how many
 * passed the store's query timeout (each is counted, not thrown: the rest are still asked).
 */
async function everyServer(store, questions, guildIds, stopAt) {
    const samples = [];
    const allTops = [];
    let timedOut = 0;
    for (const terms of questions) {
        if (performance.now() > stopAt)
            break;
        try {
            const { ms, value } = await timedAsync(() => store.candidates(guildIds, terms, CANDIDATES));
            samples.push(ms);
            allTops.push(value[0]);
        }
        catch (error) {
            if (!(error instanceof StoreUnavailableError))
                throw error;
            timedOut++;
        }
    }
    return { samples, allTops, timedOut };
}
//# sourceMappingURL=pg-scale.js.map