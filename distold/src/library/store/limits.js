import { StoreLimitError } from './errors.js';
export const HOUR_MS = 60 * 60 * 1000;
/** The times (ms) in `times` that still count at `now`, oldest first. */
export function loadsWithinHour(times, now) {
    return times.filter((time) => time > now - HOUR_MS).sort((a, b) => a - b);
}
/**
 * Throws the `StoreLimitError` for a member loading one more article into a guild that keeps
 * `articleCount` articles, the member's loads there being `memberLoads` (ms). The one place both
 * limits are decided, for `add` and for `checkLimits`.
 */
export function enforceLimits(articleCount, memberLoads, now, options) {
    const maxArticles = options.maxArticlesPerGuild;
    if (articleCount >= maxArticles) {
        throw new StoreLimitError('articles-per-guild', maxArticles, `This server already keeps ${maxArticles} articles, the most it may. Remove one before loading another.`);
    }
    const maxLoads = options.maxLoadsPerMemberPerHour;
    const recent = loadsWithinHour(memberLoads, now);
    if (recent.length >= maxLoads) {
        // Another load is allowed once enough of the oldest have fallen out of the hour.
        const retryAt = new Date((recent[recent.length - maxLoads] ?? now) + HOUR_MS);
        const plural = maxLoads === 1 ? 'article' : 'articles';
        throw new StoreLimitError('loads-per-member', maxLoads, `You have loaded ${maxLoads} ${plural} into this server in the last hour, the most allowed. ` +
            `You can load another after ${retryAt.toISOString().slice(11, 16)} UTC.`, retryAt.toISOString());
    }
}
//# sourceMappingURL=limits.js.map