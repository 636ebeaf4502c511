import { z } from 'zod';
import { ARTICLE_ID_PATTERN, SNOWFLAKE_PATTERN } from '../ids.js';
/** The NOTIFY channel every process listens on; the store notifies in the transaction of the change, so only committed changes are told. */
export const CHANGES_CHANNEL = 'library_changes';
const payloadSchema = z.object({
    guild: z.string().regex(SNOWFLAKE_PATTERN),
    article: z.string().regex(ARTICLE_ID_PATTERN).optional(),
    kind: z.enum(['load', 'remove', 'use']),
});
/** A change as the NOTIFY payload: short JSON, far below PostgreSQL's 8,000-byte limit. */
export function encodeChange(change) {
    return JSON.stringify({ guild: change.guildId, ...(change.articleId ? { article: change.articleId } : {}), kind: change.kind });
}
/** A payload read back, or undefined for anything another program might have sent on the channel. */
export function decodeChange(payload) {
    let json;
    try {
        json = JSON.parse(payload ?? '');
    }
    catch {
        return undefined;
    }
    const parsed = payloadSchema.safeParse(json);
    if (!parsed.success)
        return undefined;
    const { guild, article, kind } = parsed.data;
    return { guildId: guild, ...(article ? { articleId: article } : {}), kind };
}
//# sourceMappingURL=change-payload.js.map