import { commands } from '../commands/index.js';
import { ArticleError } from './article/types.js';
import { loadEngine } from './answer/index.js';
import { runPrompt } from './cli.js';
import { startBot, shutdownOnSignals, StartupError } from './discord/bot.js';
import { ConfigError, loadConfig, loadDotEnv } from './discord/config.js';
import { createLogger } from './discord/logger.js';
import { PgFeedbackStore } from './feedback/index.js';
import { allowHostsFromEnv } from './library/fetch/index.js';
import { Library } from './library/library.js';
import { PgArticleStore } from './library/store/pg/pg-store.js';
import { dataDirFromEnv, FileArticleStore, snapshotsDir, storeLimitsFromEnv } from './library/store/index.js';
import { defaultSeedsDir } from './util/paths.js';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (environment or .env), else the same
 * engine in an interactive terminal prompt.
 */
async function main(): Promise<number> {
  loadDotEnv();
  if (!process.env.DISCORD_TOKEN) {
    const engine = await loadEngine({ seedsDir: process.env.WENDA_SEEDS_DIR || undefined });
    for (const { file, reason } of engine.skipped) process.stderr.write(`wenda: skipped ${file}: ${reason}\n`);
    process.stderr.write('wenda: no DISCORD_TOKEN set, answering in the terminal.\n');
    await runPrompt(engine);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  // The library: the shared seeds (watched for changes) and every server's stored articles.
  const dataDir = dataDirFromEnv();
  // PostgreSQL when a database is named (shared by every shard and machine), else files in the data directory.
  const databaseUrl = process.env.WENDA_DATABASE_URL?.trim();
  const store = databaseUrl
    ? await PgArticleStore.open({ connectionString: databaseUrl, ...storeLimitsFromEnv() })
    : new FileArticleStore({ dataDir, ...storeLimitsFromEnv() });
  const feedback = databaseUrl ? await PgFeedbackStore.open({ connectionString: databaseUrl }) : undefined;
  const library = await Library.open({
    seedsDir: config.seedsDir ?? defaultSeedsDir,
    store,
    snapshotsDir: snapshotsDir(dataDir),
    watchSeeds: true,
    fetch: { allowHosts: allowHostsFromEnv() },
    onProblem: ({ file, reason }) => logger.warn({ file, reason }, 'article skipped'),
  });
  const seeds = library.engineFor(null).articles;
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
  shutdownOnSignals(bot, logger, () => {
    void library.close();
    void feedback?.close();
  });
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof StartupError || error instanceof ArticleError;
    const message = error instanceof Error ? error.message : String(error);
    // The token may sit in an unexpected error's message: never print it.
    const token = process.env.DISCORD_TOKEN;
    const safe = token && token.length >= 8 ? message.split(token).join('[redacted]') : message;
    process.stderr.write(`wenda: ${known ? safe : `unexpected error: ${safe}`}\n`);
    process.exitCode = 1;
  },
);
