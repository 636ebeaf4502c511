import { ConfigError } from '../discord/config.js';
/**
 * Discord lets a bot start one session per 5 s (per `max_concurrency` bucket); shards are
 * started this far apart unless WENDA_SHARD_SPAWN_DELAY_MS says otherwise (a test server has no such limit).
 */
export const DEFAULT_SPAWN_DELAY_MS = 5_500;
/** `WENDA_SHARDS=auto|N`: undefined when unset (one process, no manager). Throws a ConfigError naming the variable. */
export function shardingFromEnv(env = process.env) {
    const shards = env.WENDA_SHARDS?.trim();
    if (!shards)
        return undefined;
    let count = 'auto';
    if (shards !== 'auto') {
        count = Number(shards);
        if (!/^\d+$/.test(shards) || !Number.isSafeInteger(count) || count < 1) {
            throw new ConfigError(`WENDA_SHARDS must be auto or a whole number of shards (at least 1), not ${JSON.stringify(shards)}`);
        }
    }
    const delay = env.WENDA_SHARD_SPAWN_DELAY_MS?.trim();
    const spawnDelayMs = delay ? Number(delay) : DEFAULT_SPAWN_DELAY_MS;
    if (delay && (!/^\d+$/.test(delay) || !Number.isSafeInteger(spawnDelayMs))) {
        throw new ConfigError(`WENDA_SHARD_SPAWN_DELAY_MS must be a whole number of milliseconds, not ${JSON.stringify(delay)}`);
    }
    const ids = env.WENDA_SHARD_IDS?.trim();
    if (!ids)
        return { shards: count, spawnDelayMs };
    // Every machine must agree on the count for the ids to mean the same servers: a number, not auto.
    if (count === 'auto')
        throw new ConfigError('WENDA_SHARD_IDS needs WENDA_SHARDS to be the number of shards in all, the same on every machine, not auto');
    const shardIds = [...new Set(ids.split(',').map((id) => id.trim()))].map(Number);
    if (shardIds.some((id) => !Number.isSafeInteger(id) || id < 0 || id >= count)) {
        throw new ConfigError(`WENDA_SHARD_IDS must list shard numbers from 0 to ${count - 1}, separated by commas, not ${JSON.stringify(ids)}`);
    }
    return { shards: count, shardIds: shardIds.sort((a, b) => a - b), spawnDelayMs };
}
/** This process's shard when the manager started it as one (discord.js's ShardingManager sets these for its children). */
export function shardOfThisProcess(env = process.env) {
    if (env.SHARDING_MANAGER !== 'true' || env.SHARDS === undefined || env.SHARD_COUNT === undefined)
        return undefined;
    const id = Number(env.SHARDS);
    const count = Number(env.SHARD_COUNT);
    return Number.isSafeInteger(id) && Number.isSafeInteger(count) && id >= 0 && id < count ? { id, count } : undefined;
}
/** The shard Discord sends a server's events to: `(guild_id >> 22) % shard_count`, on the id as a 64-bit number. */
export function shardOfGuild(guildId, shardCount) {
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
//# sourceMappingURL=options.js.map