import pg from 'pg';
import { migrate } from '../library/store/pg/migrate.js';
import { keptNote, MAX_FEEDBACK_RECORDS } from './store.js';
function fromRow(row) {
    return {
        vote: row.vote,
        question: row.question,
        answerId: row.answer_id,
        intent: row.intent,
        articleId: row.article_id,
        guildId: row.guild_id,
        member: row.member,
        at: row.at,
        ...(row.note === null ? {} : { note: row.note }),
    };
}
/**
 * 👍/👎 in PostgreSQL (`WENDA_DATABASE_URL`), beside the article library, so every process of the
 * bot shares them: the same contract as the file store. A vote given again replaces the earlier
 * one in one transaction, and past `maxRecords` the oldest votes go.
 */
export class PgFeedbackStore {
    pool;
    maxRecords;
    constructor(pool, maxRecords) {
        this.pool = pool;
        this.maxRecords = maxRecords;
    }
    /** Connects and brings the schema up to date (migrations/, shared with the article store). */
    static async open(options) {
        const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 2 });
        // An idle connection the server dropped (a restart) is discarded, not thrown at the process.
        pool.on('error', () => { });
        try {
            await migrate(pool);
        }
        catch (error) {
            await pool.end();
            throw error;
        }
        return new PgFeedbackStore(pool, options.maxRecords ?? MAX_FEEDBACK_RECORDS);
    }
    async add(record) {
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            await client.query('DELETE FROM feedback WHERE answer_id = $1 AND member = $2', [record.answerId, record.member]);
            await client.query('INSERT INTO feedback (answer_id, member, vote, question, intent, article_id, guild_id, at, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [record.answerId, record.member, record.vote, record.question, record.intent, record.articleId, record.guildId, record.at, record.note ?? null]);
            await client.query('DELETE FROM feedback WHERE seq <= (SELECT seq FROM feedback ORDER BY seq DESC OFFSET $1 LIMIT 1)', [this.maxRecords]);
            await client.query('COMMIT');
        }
        catch (error) {
            await client.query('ROLLBACK').catch(() => { });
            throw error;
        }
        finally {
            client.release();
        }
    }
    async annotate(answerId, member, note) {
        const kept = keptNote(note);
        const result = kept
            ? await this.pool.query('UPDATE feedback SET note = $3 WHERE answer_id = $1 AND member = $2', [answerId, member, kept])
            : await this.pool.query('SELECT 1 FROM feedback WHERE answer_id = $1 AND member = $2', [answerId, member]);
        return (result.rowCount ?? 0) > 0;
    }
    async all() {
        const { rows } = await this.pool.query('SELECT answer_id, member, vote, question, intent, article_id, guild_id, at, note FROM feedback ORDER BY seq');
        return rows.map(fromRow);
    }
    async close() {
        await this.pool.end();
    }
}
//# sourceMappingURL=pg-store.js.map