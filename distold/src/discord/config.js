import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_MAX_QUESTION_LENGTH } from './context.js';
/** Discord's own REST base; discord.js adds the API version (`/v10`) after it. */
export const DISCORD_API_URL = 'https://discord.com/api';
/** How long one user waits between two answers unless WENDA_COOLDOWN_MS says otherwise. */
export const DEFAULT_COOLDOWN_MS = 2000;
/** A configuration a person must fix; the message says what and how. */
export class ConfigError extends Error {
    name = 'ConfigError';
}
// `VAR=` in a .env file means "not set", not "set to nothing".
const optional = (schema) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a numeric Discord id (Developer Portal → your application)');
const schema = z.object({
    DISCORD_TOKEN: optional(z
        .string()
        .regex(/^\S+$/, 'must be the bot token alone, without spaces (Developer Portal → Bot → Reset Token)')
        .refine((t) => !/^(Bot|Bearer)\s/i.test(t), 'must not start with "Bot " — paste only the token')),
    DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })),
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    WENDA_COOLDOWN_MS: optional(z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(3_600_000)),
    WENDA_MAX_QUESTION_LENGTH: optional(z.coerce.number({ error: 'must be a number of characters' }).int().min(10).max(DEFAULT_MAX_QUESTION_LENGTH)),
    LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
    WENDA_SEEDS_DIR: optional(z.string()),
    WENDA_MESSAGE_CONTENT: optional(z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' })),
});
/**
 * Read and check the configuration. Throws a ConfigError listing every problem at once,
 * each naming the variable, so one restart fixes them all.
 */
export function loadConfig(env = process.env) {
    const parsed = schema.safeParse(env);
    if (!parsed.success) {
        const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
        throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
    }
    const e = parsed.data;
    if (!e.DISCORD_TOKEN) {
        throw new ConfigError('DISCORD_TOKEN is not set. Put the bot token in .env (copy .env.example) or the environment.');
    }
    const config = {
        token: e.DISCORD_TOKEN,
        apiUrl: (e.DISCORD_API_URL ?? DISCORD_API_URL).replace(/\/+$/, ''),
        cooldownMs: e.WENDA_COOLDOWN_MS ?? DEFAULT_COOLDOWN_MS,
        maxQuestionLength: e.WENDA_MAX_QUESTION_LENGTH ?? DEFAULT_MAX_QUESTION_LENGTH,
        logLevel: e.LOG_LEVEL ?? 'info',
        messageContent: e.WENDA_MESSAGE_CONTENT === 'true' || e.WENDA_MESSAGE_CONTENT === '1',
    };
    if (e.DISCORD_APPLICATION_ID)
        config.applicationId = e.DISCORD_APPLICATION_ID;
    if (e.DISCORD_GUILD_ID)
        config.guildId = e.DISCORD_GUILD_ID;
    if (e.WENDA_SEEDS_DIR)
        config.seedsDir = e.WENDA_SEEDS_DIR;
    return config;
}
/** Load `.env` when there is one; variables already in the environment win. */
export function loadDotEnv(path = '.env') {
    if (!existsSync(path))
        return false;
    process.loadEnvFile(path);
    return true;
}
//# sourceMappingURL=config.js.map