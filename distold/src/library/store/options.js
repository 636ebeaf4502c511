import { isAbsolute, join, resolve } from 'node:path';
import { projectRoot } from '../../util/paths.js';
export const STORE_DEFAULTS = {
    maxArticlesPerGuild: 500,
    maxLoadsPerMemberPerHour: 20,
    now: Date.now,
};
export function resolveStoreOptions(options) {
    const resolved = { ...STORE_DEFAULTS, ...withoutUndefined(options) };
    for (const key of ['maxArticlesPerGuild', 'maxLoadsPerMemberPerHour']) {
        if (!Number.isSafeInteger(resolved[key]) || resolved[key] < 1) {
            throw new RangeError(`${key} must be a whole number of at least 1, not ${resolved[key]}`);
        }
    }
    return resolved;
}
// `{ maxArticlesPerGuild: undefined }` (an unset variable passed along) means "the default".
function withoutUndefined(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
/**
 * `WENDA_DATA_DIR` (relative to the working directory), or `data/` in the project's root, so
 * the bot finds the same library whichever directory it was started from.
 */
export function dataDirFromEnv(env = process.env) {
    const dir = env.WENDA_DATA_DIR;
    if (!dir)
        return join(projectRoot, 'data');
    return isAbsolute(dir) ? dir : resolve(dir);
}
/**
 * The limits set in the environment; those not set are left out, so the defaults apply. Throws
 * naming the variable when one is not a whole number of at least 1, so a typo stops the start
 * instead of silently lifting a limit.
 */
export function storeLimitsFromEnv(env = process.env) {
    const limits = {};
    const perServer = positiveWholeNumber(env, 'WENDA_MAX_ARTICLES_PER_SERVER');
    const perHour = positiveWholeNumber(env, 'WENDA_MAX_LOADS_PER_HOUR');
    if (perServer !== undefined)
        limits.maxArticlesPerGuild = perServer;
    if (perHour !== undefined)
        limits.maxLoadsPerMemberPerHour = perHour;
    return limits;
}
function positiveWholeNumber(env, name) {
    const text = env[name]?.trim();
    // `VAR=` in a .env file means "not set", as everywhere else in wenda's configuration.
    if (!text)
        return undefined;
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
        throw new RangeError(`${name} must be a whole number of at least 1, not ${JSON.stringify(text)}`);
    }
    return value;
}
//# sourceMappingURL=options.js.map