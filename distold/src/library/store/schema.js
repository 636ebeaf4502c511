import { z } from 'zod';
import { ARTICLE_ID_PATTERN, SNOWFLAKE_PATTERN } from './ids.js';
const snowflake = z.string().regex(SNOWFLAKE_PATTERN, 'must be a Discord id');
const articleId = z.string().regex(ARTICLE_ID_PATTERN, 'must be 16 lowercase hex digits');
const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time' });
const metaSchema = z.object({
    title: z.string(),
    date: z.string().optional(),
    paragraphs: z.number().int().min(0),
    source: z.object({
        kind: z.enum(['url', 'file']),
        value: z.string(),
        loadedBy: snowflake,
        loadedAt: isoTime,
    }),
});
/**
 * What a caller gives `add` is checked with the same rules `meta.json` is read with, so the
 * store never writes a record it would later refuse to read.
 */
export const newMetaSchema = metaSchema;
export const storedArticleSchema = metaSchema.extend({ id: articleId, guildId: snowflake });
/** `channels.json`: channel id → its default article id. */
export const channelDefaultsSchema = z.record(snowflake, articleId);
/** `loads.json`: member id → the times of their loads within the last hour. */
export const loadTimesSchema = z.record(snowflake, z.array(isoTime));
/** Zod's issues as one line, for a problem report or an error message. */
export function describeIssues(error) {
    return error.issues.map((issue) => `${issue.path.join('.') || 'value'} ${issue.message}`).join('; ');
}
//# sourceMappingURL=schema.js.map