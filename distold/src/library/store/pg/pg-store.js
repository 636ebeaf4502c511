import pg from 'pg';
import { StoreInputError } from '../errors.js';
import { assertDiscordId, normaliseArticleId } from '../ids.js';
import { enforceLimits, HOUR_MS } from '../limits.js';
import { checkNewArticle } from '../new-article.js';
import { resolveStoreOptions } from '../options.js';
import { freezeArticle } from '../read-guild.js';
import { CHANGES_CHANNEL, encodeChange } from './change-payload.js';
import { openWithRetry, poolOptions, unavailableOnFault } from './connect.js';
import { isConnectionFault } from './faults.js';
import { migrate } from './migrate.js';
import { candidateArticles, indexPassages } from './passages.js';
const ARTICLE_COLUMNS = 'guild_id, id, title, date, paragraphs, source';
function fromRow(row) {
    const article = {
        id: row.id,
        guildId: row.guild_id,
        title: row.title,
        ...(row.date === null ? {} : { date: row.date }),
        paragraphs: row.paragraphs,
        source: { ...row.source },
    };
    return freezeArticle(article);
}
/**
 * The article library in PostgreSQL: the same contract as the file store (types.ts), so any
 * number of processes (shards, machines) share one library. Every row is keyed by its guild; a
 * load takes the guild's advisory lock for its transaction, so limits hold under concurrent loads
 * from any process. Each change is NOTIFYed on `library_changes` in its own transaction (see
 * change-feed.ts). A database out of reach fails a call with a StoreUnavailableError; the pool
 * connects again by itself once it is back.
 */
export class PgArticleStore {
    pool;
    problems = [];
    options;
    constructor(pool, options) {
        this.pool = pool;
        const { maxArticlesPerGuild, maxLoadsPerMemberPerHour, now } = resolveStoreOptions({ dataDir: '', ...options });
        this.options = { maxArticlesPerGuild, maxLoadsPerMemberPerHour, now };
    }
    /** Connects and applies the schema's migrations; throws a StoreOpenError naming the database without its password. */
    static async open(options) {
        const pool = new pg.Pool(poolOptions(options.connectionString, options.maxConnections ?? 5, options.queryTimeoutMs));
        // An idle connection the server dropped (a restart) is discarded, not thrown at the process.
        pool.on('error', () => { });
        try {
            await openWithRetry(options.connectionString, () => migrate(pool), options.retry ?? { waitMs: 0 });
        }
        catch (error) {
            await pool.end();
            throw error;
        }
        return new PgArticleStore(pool, options);
    }
    async close() {
        await this.pool.end();
    }
    async add(guildId, input) {
        const { id, meta, parsedJson, memberId } = checkNewArticle(guildId, input);
        return this.inGuild(guildId, async (client) => {
            const existing = await client.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE guild_id = $1 AND id = $2`, [guildId, id]);
            if (existing.rows[0])
                return { article: fromRow(existing.rows[0]), added: false };
            const now = this.options.now();
            await this.enforce((text, values) => client.query(text, values), guildId, memberId, now);
            // The load counts in the same transaction as the article: both are kept, or neither.
            await client.query('DELETE FROM loads WHERE guild_id = $1 AND at_ms <= $2', [guildId, now - HOUR_MS]);
            await client.query('INSERT INTO loads (guild_id, member_id, at_ms) VALUES ($1, $2, $3)', [guildId, memberId, now]);
            const { title, date, paragraphs, source } = meta;
            const inserted = await client.query(`INSERT INTO articles (guild_id, id, title, date, paragraphs, source, loaded_at, article_file, raw_html, parsed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${ARTICLE_COLUMNS}`, [guildId, id, title, date ?? null, paragraphs, JSON.stringify(source), source.loadedAt, input.articleFile, input.rawHtml ?? null, parsedJson]);
            await indexPassages((text, values) => client.query(text, values), guildId, id, input.parsed);
            // Told to every process at COMMIT, and only if the transaction commits.
            await this.notify(client, { guildId, articleId: id, kind: 'load' });
            return { article: fromRow(inserted.rows[0]), added: true };
        });
    }
    /**
     * The articles of these guilds most likely to hold the answer to a question searched under the
     * terms, best first: the passage index in PostgreSQL (passages.ts), ranked as the embedded
     * TieredIndex ranks them.
     */
    async candidates(guildIds, terms, limit) {
        for (const guildId of guildIds)
            assertDiscordId(guildId, 'guild');
        return candidateArticles((text, values) => this.query(text, values), guildIds, terms, limit);
    }
    async checkLimits(guildId, memberId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(memberId, 'member');
        await this.enforce((text, values) => this.query(text, values), guildId, memberId, this.options.now());
    }
    async list(guildId) {
        assertDiscordId(guildId, 'guild');
        const { rows } = await this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE guild_id = $1 ORDER BY loaded_at DESC, id`, [guildId]);
        return rows.map(fromRow);
    }
    async get(guildId, articleId) {
        assertDiscordId(guildId, 'guild');
        const id = normaliseArticleId(articleId);
        if (id === undefined)
            return undefined;
        const { rows } = await this.query(`SELECT ${ARTICLE_COLUMNS}, article_file, parsed FROM articles WHERE guild_id = $1 AND id = $2`, [guildId, id]);
        const row = rows[0];
        return row ? { article: fromRow(row), articleFile: row.article_file, parsed: row.parsed } : undefined;
    }
    async remove(guildId, articleId) {
        assertDiscordId(guildId, 'guild');
        const id = normaliseArticleId(articleId);
        if (id === undefined)
            return false;
        // Channel defaults naming it go with it (ON DELETE CASCADE). The NOTIFY only when a row went.
        const { rowCount } = await this.query('WITH gone AS (DELETE FROM articles WHERE guild_id = $1 AND id = $2 RETURNING id) SELECT pg_notify($3, $4) FROM gone', [guildId, id, CHANGES_CHANNEL, encodeChange({ guildId, articleId: id, kind: 'remove' })]);
        return (rowCount ?? 0) > 0;
    }
    async all() {
        const { rows } = await this.query(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY guild_id, loaded_at DESC, id`);
        const byGuild = new Map();
        for (const row of rows) {
            const list = byGuild.get(row.guild_id) ?? [];
            list.push(fromRow(row));
            byGuild.set(row.guild_id, list);
        }
        return [...byGuild].map(([guildId, articles]) => ({ guildId, articles }));
    }
    async setChannelDefault(guildId, channelId, articleId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(channelId, 'channel');
        if (articleId === undefined) {
            await this.query('WITH gone AS (DELETE FROM channel_defaults WHERE guild_id = $1 AND channel_id = $2 RETURNING 1) SELECT pg_notify($3, $4) FROM gone', [guildId, channelId, CHANGES_CHANNEL, encodeChange({ guildId, kind: 'use' })]);
            return;
        }
        const id = normaliseArticleId(articleId);
        const refuse = () => new StoreInputError(`This server keeps no article ${JSON.stringify(articleId.slice(0, 40))}`);
        if (id === undefined)
            throw refuse();
        try {
            await this.query(`WITH chosen AS (
           INSERT INTO channel_defaults (guild_id, channel_id, article_id) VALUES ($1, $2, $3)
           ON CONFLICT (guild_id, channel_id) DO UPDATE SET article_id = EXCLUDED.article_id RETURNING 1
         ) SELECT pg_notify($4, $5) FROM chosen`, [guildId, channelId, id, CHANGES_CHANNEL, encodeChange({ guildId, articleId: id, kind: 'use' })]);
        }
        catch (error) {
            // The foreign key: this guild keeps no such article.
            if (error.code === '23503')
                throw refuse();
            throw error;
        }
    }
    async channelDefault(guildId, channelId) {
        assertDiscordId(guildId, 'guild');
        assertDiscordId(channelId, 'channel');
        const { rows } = await this.query('SELECT article_id FROM channel_defaults WHERE guild_id = $1 AND channel_id = $2', [guildId, channelId]);
        return rows[0]?.article_id;
    }
    query(text, values) {
        return unavailableOnFault(() => this.pool.query(text, values));
    }
    async notify(client, change) {
        await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, encodeChange(change)]);
    }
    async enforce(query, guildId, memberId, now) {
        const counted = await query('SELECT count(*) AS n FROM articles WHERE guild_id = $1', [guildId]);
        const loads = await query('SELECT at_ms FROM loads WHERE guild_id = $1 AND member_id = $2 AND at_ms > $3', [guildId, memberId, now - HOUR_MS]);
        enforceLimits(Number(counted.rows[0]?.n ?? 0), loads.rows.map((r) => Number(r.at_ms)), now, this.options);
    }
    /** A transaction holding the guild's advisory lock: loads into one guild are serialised across every process. */
    inGuild(guildId, task) {
        return unavailableOnFault(async () => {
            const client = await this.pool.connect();
            let broken;
            try {
                await client.query('BEGIN');
                await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`wenda-guild:${guildId}`]);
                const result = await task(client);
                await client.query('COMMIT');
                return result;
            }
            catch (error) {
                // A connection that failed under the transaction is closed, not handed to the next query.
                if (isConnectionFault(error))
                    broken = error;
                else
                    await client.query('ROLLBACK').catch(() => { });
                throw error;
            }
            finally {
                client.release(broken);
            }
        });
    }
}
//# sourceMappingURL=pg-store.js.map