import { createHash } from 'node:crypto';
import { StoreInputError } from './errors.js';
// Every id here becomes a path segment in the file store, so these patterns are what keeps a
// value from outside (a typed article id, a forged guild id) inside the data directory:
// digits and lowercase hex only, never a dot or a slash.
const SNOWFLAKE = /^\d{1,20}$/;
const ARTICLE_ID = /^[0-9a-f]{16}$/;
export const SNOWFLAKE_PATTERN = SNOWFLAKE;
export const ARTICLE_ID_PATTERN = ARTICLE_ID;
/** A Discord id (a snowflake): up to 20 digits. */
export function isDiscordId(value) {
    return typeof value === 'string' && SNOWFLAKE.test(value);
}
/** Refuses anything but a Discord id. */
export function assertDiscordId(value, kind) {
    if (!isDiscordId(value)) {
        throw new StoreInputError(`Not a Discord ${kind} id: ${JSON.stringify(String(value).slice(0, 40))}`);
    }
}
export function isArticleId(value) {
    return ARTICLE_ID.test(value);
}
/**
 * The article id a person typed, as the store spells it (trimmed, lowercase), or undefined when
 * it cannot be one.
 */
export function normaliseArticleId(value) {
    if (typeof value !== 'string')
        return undefined;
    const id = value.trim().toLowerCase();
    return ARTICLE_ID.test(id) ? id : undefined;
}
/** 16 hex digits (64 bits) of SHA-256: short enough to type, far from colliding in one server. */
export function articleIdOf(articleFile) {
    return createHash('sha256').update(articleFile, 'utf8').digest('hex').slice(0, 16);
}
//# sourceMappingURL=ids.js.map