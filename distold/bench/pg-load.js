import pg from 'pg';
import { articleIdOf } from '../src/library/store/ids.js';
/** The product's limit: a server keeps at most 500 articles, so N articles are N / 500 servers. */
export const GUILD_SIZE = 500;
/** Loads in flight at once, each into its own server (a load holds its server's lock). */
export const CONCURRENT_LOADS = 4;
const guildIdOf = (n) => String(100000000000000000n + BigInt(n));
/** The article as a load gives it to the store: a file text that names it, and its reading. */
function asNewArticle(article, n) {
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
/**
 * The load order and each article's server. The seed (the corpus's last article) comes first, then
 * the rest in corpus order, dealt round the servers: the real articles (the corpus's first 1,263,
 * the ones public-set questions are about) land in every server, not in the first three, so
 * questions are asked across the whole library as a bot in many servers is.
 */
export function placeCorpus(articles) {
    const guilds = Math.ceil(articles.length / GUILD_SIZE);
    const order = [articles.length - 1, ...articles.keys()].slice(0, articles.length);
    return order.map((index, n) => {
        const input = asNewArticle(articles[index], n);
        return { corpusId: articles[index].id, guildId: guildIdOf(n % guilds), id: articleIdOf(input.articleFile), input };
    });
}
/**
 * Loads the placed articles through `PgArticleStore.add` (the bot's own path: one transaction per
 * article with its sentences' tsvectors, jieba's cut in this process), CONCURRENT_LOADS at a time,
 * until all are in or `stopAt` (a performance.now() time) has come. Those the database already
 * holds (a kept cluster loaded before) are skipped without being cut again. `progress` hears after
 * every 1,000 added.
 */
export async function loadPlaced(store, url, placed, stopAt, progress) {
    const held = await storedKeys(url);
    const todo = placed.filter((p) => !held.has(`${p.guildId}/${p.id}`));
    const session = { added: 0, already: placed.length - todo.length, ms: 0 };
    const started = performance.now();
    let next = 0;
    const worker = async () => {
        for (let n = next++; n < todo.length && performance.now() < stopAt; n = next++) {
            const { guildId, input } = todo[n];
            await store.add(guildId, input);
            session.added++;
            if (session.added % 1000 === 0)
                progress({ ...session, ms: performance.now() - started });
        }
    };
    await Promise.all(Array.from({ length: CONCURRENT_LOADS }, worker));
    session.ms = performance.now() - started;
    return session;
}
async function storedKeys(url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        const { rows } = await client.query(`SELECT guild_id || '/' || id AS key FROM articles`);
        return new Set(rows.map((r) => r.key));
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=pg-load.js.map