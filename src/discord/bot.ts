import { Events, MessageFlags, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import type { Library } from '../library/library.js';
import { FeedbackStore, type FeedbackStorage } from '../feedback/index.js';
import { createClient } from './client.js';
import { createConversations } from './conversations.js';
import { DEFAULT_COOLDOWN_MS } from './config.js';
import { commandDefinitions, DEFAULT_MAX_QUESTION_LENGTH, type BotContext, type Command } from './context.js';
import { createCooldown } from './guards.js';
import { createInflight } from './inflight.js';
import { labels, localeLanguage } from './labels.js';
import { createMentionHandler } from './mention.js';
import { createPageStore } from './page-store.js';
import { PAGE_BUDGET } from './pages.js';
import { LIMITS } from './limits.js';
import { textPayload } from './payload.js';
import { createRouter } from './router.js';
import { SettingsStore } from './settings.js';

export interface BotOptions {
  /** One fixed engine for every server (tests, a bot without a data directory)… */
  engine?: Engine;
  /** …or the article library: each server answered from the seeds and its own loaded articles. */
  library?: Library;
  /** The slash commands it answers, in /help's order: the registry in `commands/`. */
  commands: readonly Command[];
  /** The bot token, from the environment; never logged. */
  token: string;
  /** REST base of Discord or a Discord-compatible server. Default: Discord's. */
  apiUrl?: string;
  logger: Logger;
  /** Per-user cooldown in ms (0 = off). Default 2,000. */
  cooldownMs?: number;
  /** Longest question accepted. Default 300. */
  maxQuestionLength?: number;
  /** Characters of description per page before a "More" button. Default 2,000. */
  pageBudget?: number;
  /** How long shutdown waits for replies in flight. Default 10 s. */
  drainMs?: number;
  /** Where /settings and 👍/👎 are kept (the article store's data directory); without it, in memory only. */
  dataDir?: string;
  /** Where 👍/👎 are kept instead of the data directory (PostgreSQL, when the bot has a database). */
  feedback?: FeedbackStorage;
  /** How long a conversation lasts after its last answer. Default 10 minutes. */
  conversationTtlMs?: number;
  /**
   * Ask Discord for the Message Content intent, so messages in a thread wenda opened are read
   * without a mention. Privileged: it must be switched on in the Developer Portal first, or Discord
   * refuses the login. Default off (mentions, replies that ping wenda, and DMs are read without it).
   */
  messageContent?: boolean;
}

export interface BotHandle {
  client: Client<true>;
  /** Stop taking work, finish the replies in flight, and disconnect. Safe to call twice. */
  shutdown(): Promise<void>;
}

/** Why the bot could not start, in words an operator can act on. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Permissions for mentions and DMs (slash commands need none): view, send, embed links, read
 * history (for replies), send in threads, and create public threads (for answers in threads).
 */
export const BOT_PERMISSIONS = (1024n + 2048n + 16384n + 65536n + 274877906944n + 34359738368n).toString();

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${BOT_PERMISSIONS}`;
}

/** Log in and answer: slash commands, autocomplete, More buttons and mentions. Does not register commands. */
export async function startBot(options: BotOptions): Promise<BotHandle> {
  const { engine, library, logger } = options;
  if (!engine === !library) throw new StartupError('startBot needs either an engine or a library.');
  const client = createClient(options.apiUrl, { messageContent: options.messageContent ?? false });
  const ctx: BotContext = {
    prepareEngine: library ? (guild, request) => library.prepare(guild, request) : async () => () => engine!,
    canRead: library ? (guild, articleId) => library.has(guild, articleId) : (_, articleId) => engine!.articles.some((a) => a.id === articleId),
    library,
    logger,
    pages: createPageStore(),
    cooldown: createCooldown({ ms: options.cooldownMs ?? DEFAULT_COOLDOWN_MS }),
    maxQuestionLength: options.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    pageBudget: Math.min(Math.max(options.pageBudget ?? PAGE_BUDGET, 200), LIMITS.embedDescription),
    commands: commandDefinitions(options.commands),
    conversations: createConversations({ ttlMs: options.conversationTtlMs }),
    settings: new SettingsStore(options.dataDir),
    feedback: options.feedback ?? new FeedbackStore(options.dataDir),
  };
  const route = createRouter(options.commands, ctx);
  const onMessage = createMentionHandler(ctx);
  const inflight = createInflight();
  let closing = false;

  client.on(Events.InteractionCreate, (interaction) => {
    if (closing) {
      // Stopping: say so rather than leave "The application did not respond".
      if (interaction.isRepliable()) {
        const text = labels(localeLanguage(interaction.locale)).restarting;
        void interaction.reply(textPayload(text, MessageFlags.Ephemeral)).catch(() => undefined);
      }
      return;
    }
    void inflight.track(route(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!closing) void inflight.track(onMessage(message));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, invite: inviteUrl(ready.application.id) }, 'ready');
  });

  try {
    await client.login(options.token);
  } catch (error) {
    throw loginError(error, options.apiUrl, options.token);
  }
  if (!client.isReady()) await new Promise((resolve) => client.once(Events.ClientReady, resolve));

  let stopped: Promise<void> | undefined;
  const shutdown = () =>
    (stopped ??= (async () => {
      closing = true;
      logger.info({ inflight: inflight.size }, 'shutting down');
      await inflight.idle(options.drainMs ?? 10_000);
      await client.destroy();
      logger.info('stopped');
    })());
  return { client: client as Client<true>, shutdown };
}

function loginError(error: unknown, apiUrl: string | undefined, token: string): StartupError {
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  if (code === 'TokenInvalid' || status === 401) {
    return new StartupError('Discord rejected DISCORD_TOKEN. Copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.');
  }
  const where = apiUrl ?? 'Discord';
  const reason = (error instanceof Error ? error.message : String(error)).split(token).join('[redacted]');
  return new StartupError(`Could not log in to ${where}: ${reason}`);
}

/**
 * Shut down cleanly on SIGINT/SIGTERM; a second signal exits at once. Returns the same clean stop
 * for other callers (a shard's manager asking), which never forces it.
 */
export function shutdownOnSignals(bot: BotHandle, logger: Logger, onStopped: () => void = () => undefined): (reason: string) => void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    bot.shutdown().then(
      () => {
        onStopped();
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // Only a second signal forces the exit: a stop asked otherwise first (the manager) is not one.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, 'signal received');
    stop(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return stop;
}
