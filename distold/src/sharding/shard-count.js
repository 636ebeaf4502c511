import { REST, Routes } from 'discord.js';
import { StartupError } from '../discord/bot.js';
/**
 * The number of shards to start: a number as given, or for `auto` the count Discord recommends
 * for this bot (GET /gateway/bot, about one shard per 1,000 servers). Asked of `apiUrl`, so a
 * Discord-compatible server answers too (discord.js's own `auto` always asks discord.com).
 */
export async function resolveShardCount(shards, options) {
    if (shards !== 'auto')
        return shards;
    const rest = new REST({ api: options.apiUrl }).setToken(options.token);
    let answer;
    try {
        answer = (await rest.get(Routes.gatewayBot()));
    }
    catch (error) {
        const status = error.status;
        if (status === 401)
            throw new StartupError('Discord rejected DISCORD_TOKEN. Copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.');
        const reason = (error instanceof Error ? error.message : String(error)).split(options.token).join('[redacted]');
        throw new StartupError(`Could not ask ${options.apiUrl} how many shards to start (WENDA_SHARDS=auto): ${reason}`);
    }
    if (!Number.isSafeInteger(answer.shards) || answer.shards < 1)
        throw new StartupError(`${options.apiUrl} recommended ${String(answer.shards)} shards; set WENDA_SHARDS to a number.`);
    return answer.shards;
}
//# sourceMappingURL=shard-count.js.map