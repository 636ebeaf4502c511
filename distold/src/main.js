import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.js';
import { ArticleError } from './article/types.js';
import { loadEngine } from './answer/index.js';
import { runPrompt } from './cli.js';
import { startBot, shutdownOnSignals, StartupError } from './discord/bot.js';
import { ConfigError, loadConfig, loadDotEnv } from './discord/config.js';
import { createLogger } from './discord/logger.js';
import { PgFeedbackStore } from './feedback/index.js';
import { openLibrary } from './library/open-library.js';
import { databaseFromEnv } from './library/store/pg/options.js';
import { dataDirFromEnv, StoreOpenError } from './library/store/index.js';
import { shardingFromEnv, shardOfGuild, shardOfThisProcess } from './sharding/options.js';
import { isShutdownRequest, startShards, stopShardsOnSignals } from './sharding/manager.js';
import { resolveShardCount } from './sharding/shard-count.js';
import { defaultSeedsDir } from './util/paths.js';
/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (environment or .env), else the same
 * engine in an interactive terminal prompt. With WENDA_SHARDS, this process only starts and
 * watches one process per shard, each of which runs this same file as the bot.
 */
async function main() {
    loadDotEnv();
    if (!process.env.DISCORD_TOKEN) {
        const engine = await loadEngine({ seedsDir: process.env.WENDA_SEEDS_DIR || undefined });
        for (const { file, reason } of engine.skipped)
            process.stderr.write(`wenda: skipped ${file}: ${reason}\n`);
        process.stderr.write('wenda: no DISCORD_TOKEN set, answering in the terminal.\n');
        await runPrompt(engine);
        return 0;
    }
    const config = loadConfig();
    // PostgreSQL when a database is named (shared by every shard and machine), else files in the data directory.
    const database = databaseFromEnv();
    const sharding = shardingFromEnv();
    const shard = shardOfThisProcess();
    const rootLogger = createLogger({ level: config.logLevel, secrets: [config.token, ...(database?.password ? [database.password] : [])] });
    const logger = shard === undefined ? rootLogger : rootLogger.child({ shard: shard.id });
    if (sharding && shard === undefined) {
        // Shards share one library: each server is served by one shard, but a move (another count,
        // a restart) must find its articles, and every shard must hear of every change.
        if (!database)
            throw new ConfigError('WENDA_SHARDS needs WENDA_DATABASE_URL: the shards share one article library in PostgreSQL (see DEPLOY.md).');
        const totalShards = await resolveShardCount(sharding.shards, { token: config.token, apiUrl: config.apiUrl });
        const shards = await startShards({
            file: fileURLToPath(import.meta.url),
            totalShards,
            ...(sharding.shardIds ? { shardIds: sharding.shardIds } : {}),
            token: config.token,
            spawnDelayMs: sharding.spawnDelayMs,
            // Reading the library comes first in a shard, and may wait for the database.
            readyTimeoutMs: database.waitMs + 60_000,
            logger,
        });
        stopShardsOnSignals(shards, logger);
        return shards.finished;
    }
    // The library: the shared seeds (watched for changes) and the servers' stored articles.
    const dataDir = dataDirFromEnv();
    const { library } = await openLibrary({
        ...(database ? { database } : {}),
        dataDir,
        seedsDir: config.seedsDir ?? defaultSeedsDir,
        // A shard keeps only the articles of the servers Discord routes to it.
        ...(shard ? { serves: (guildId) => shardOfGuild(guildId, shard.count) === shard.id } : {}),
        log: logger,
    });
    const feedback = database ? await PgFeedbackStore.open({ connectionString: database.connectionString }) : undefined;
    const seeds = library.seedArticles();
    logger.info({ seeds: seeds.map((a) => ({ id: a.id, title: a.title, paragraphs: a.paragraphs.length })) }, 'articles loaded');
    const bot = await startBot({
        library,
        commands,
        token: config.token,
        apiUrl: config.apiUrl,
        logger,
        cooldownMs: config.cooldownMs,
        maxQuestionLength: config.maxQuestionLength,
        // /settings and 👍/👎 live beside the articles: 👍/👎 in the database when there is one.
        dataDir,
        ...(feedback ? { feedback } : {}),
        messageContent: config.messageContent,
    });
    const stop = shutdownOnSignals(bot, logger, () => {
        void library.close();
        void feedback?.close();
    });
    if (shard !== undefined) {
        // The manager asks over IPC; a manager gone (killed) leaves no shard behind.
        process.on('message', (message) => isShutdownRequest(message) && stop('asked by the shard manager'));
        process.on('disconnect', () => stop('the shard manager is gone'));
        if (!process.connected)
            stop('the shard manager is gone');
    }
    return -1;
}
function safeDatabasePassword() {
    try {
        return databaseFromEnv()?.password;
    }
    catch {
        return undefined;
    }
}
main().then((code) => {
    if (code >= 0)
        process.exitCode = code;
}, (error) => {
    const known = error instanceof ConfigError || error instanceof StartupError || error instanceof ArticleError || error instanceof StoreOpenError;
    const message = error instanceof Error ? error.message : String(error);
    // The token or the database's password may sit in an unexpected error's message: never print them.
    const secrets = [process.env.DISCORD_TOKEN, safeDatabasePassword()].filter((s) => s !== undefined && s.length >= 8);
    const safe = secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), message);
    process.stderr.write(`wenda: ${known ? safe : `unexpected error: ${safe}`}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=main.js.map