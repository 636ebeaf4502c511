import { Events, MessageFlags } from 'discord.js';
import { FeedbackStore } from '../feedback/index.js';
import { createClient } from './client.js';
import { createConversations } from './conversations.js';
import { DEFAULT_COOLDOWN_MS } from './config.js';
import { commandDefinitions, DEFAULT_MAX_QUESTION_LENGTH } from './context.js';
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
/** Why the bot could not start, in words an operator can act on. */
export class StartupError extends Error {
    name = 'StartupError';
}
/**
 * Permissions for mentions and DMs (slash commands need none): view, send, embed links, read
 * history (for replies), send in threads, and create public threads (for answers in threads).
 */
export const BOT_PERMISSIONS = (1024n + 2048n + 16384n + 65536n + 274877906944n + 34359738368n).toString();
export function inviteUrl(applicationId) {
    return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${BOT_PERMISSIONS}`;
}
/** Log in and answer: slash commands, autocomplete, More buttons and mentions. Does not register commands. */
export async function startBot(options) {
    const { engine, library, logger } = options;
    if (!engine === !library)
        throw new StartupError('startBot needs either an engine or a library.');
    const client = createClient(options.apiUrl, { messageContent: options.messageContent ?? false });
    const ctx = {
        prepareEngine: library ? (guild, request) => library.prepare(guild, request) : async () => () => engine,
        canRead: library ? (guild, articleId) => library.has(guild, articleId) : (_, articleId) => engine.articles.some((a) => a.id === articleId),
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
        if (!closing)
            void inflight.track(onMessage(message));
    });
    client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    client.on(Events.Warn, (message) => logger.warn(message));
    client.once(Events.ClientReady, (ready) => {
        logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, invite: inviteUrl(ready.application.id) }, 'ready');
    });
    try {
        await client.login(options.token);
    }
    catch (error) {
        throw loginError(error, options.apiUrl, options.token);
    }
    if (!client.isReady())
        await new Promise((resolve) => client.once(Events.ClientReady, resolve));
    let stopped;
    const shutdown = () => (stopped ??= (async () => {
        closing = true;
        logger.info({ inflight: inflight.size }, 'shutting down');
        await inflight.idle(options.drainMs ?? 10_000);
        await client.destroy();
        logger.info('stopped');
    })());
    return { client: client, shutdown };
}
function loginError(error, apiUrl, token) {
    const code = error.code;
    const status = error.status;
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
export function shutdownOnSignals(bot, logger, onStopped = () => undefined) {
    let stopping = false;
    const stop = (reason) => {
        if (stopping)
            return;
        stopping = true;
        logger.info({ reason }, 'stopping');
        bot.shutdown().then(() => {
            onStopped();
            process.exit(0);
        }, (error) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
        });
    };
    // Only a second signal forces the exit: a stop asked otherwise first (the manager) is not one.
    let signalled = false;
    const onSignal = (signal) => {
        if (signalled)
            process.exit(1);
        signalled = true;
        logger.info({ signal }, 'signal received');
        stop(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return stop;
}
//# sourceMappingURL=bot.js.map