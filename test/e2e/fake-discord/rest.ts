import type { IncomingMessage, ServerResponse } from 'node:http';
import { MessageType, PermissionFlagsBits } from 'discord.js';
import type { CommandRegistry } from './commands.js';
import {
  DiscordHttpError,
  methodNotAllowed,
  notFound,
  unauthorized,
  unknownUser,
} from './errors.js';
import { readBody, type ParsedBody } from './http-body.js';
import type { HttpAnswer, InteractionLedger, MessageEvents } from './interactions.js';
import { RateLimits } from './rate-limits.js';
import type { StoredMessage, World } from './state.js';
import type { RecordedRequest } from './types.js';
import { assertNotEmpty, validateMessageBody } from './validate-message.js';

type Json = Record<string, unknown>;

export interface RestContext {
  world: World;
  commands: CommandRegistry;
  ledger: InteractionLedger;
  events: MessageEvents;
  limits: RateLimits;
  token: string;
  gatewayUrl: () => string;
  /** The shard count GET /gateway/bot recommends. */
  shards: number;
  record: (r: RecordedRequest) => void;
}

interface Call {
  match: string[];
  body: Json;
  rawBody: unknown;
  query: Record<string, string>;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Interaction callbacks and interaction webhooks authenticate with the token in the URL, not a bot token. */
  auth: boolean;
  handle: (call: Call, ctx: RestContext) => HttpAnswer;
}

const ID = '(\\d{15,21})';
const TOKEN = '([A-Za-z0-9_.-]+)';
const ok = (body: unknown): HttpAnswer => ({ status: 200, body });

const missingAccess = (): DiscordHttpError => new DiscordHttpError(403, { message: 'Missing Access', code: 50001 });

function ownApp(ctx: RestContext, app: string | undefined): void {
  if (app !== ctx.world.applicationId) throw missingAccess();
}
function ownGuild(ctx: RestContext, guild: string | undefined): string {
  if (guild === undefined || !ctx.world.guildIds.includes(guild)) throw missingAccess();
  return guild;
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/gateway$/, auth: false, handle: (_c, ctx) => ok({ url: ctx.gatewayUrl() }) },
  {
    method: 'GET',
    pattern: /^\/gateway\/bot$/,
    auth: true,
    handle: (_c, ctx) =>
      ok({ url: ctx.gatewayUrl(), shards: ctx.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }),
  },
  { method: 'GET', pattern: /^\/users\/@me$/, auth: true, handle: (_c, ctx) => ok({ ...ctx.world.botUser, verified: true, email: null }) },
  {
    method: 'GET',
    pattern: new RegExp(`^/users/${ID}$`),
    auth: true,
    handle: ({ match }, ctx) => ok(ctx.world.users.get(match[1]!) ?? (() => { throw unknownUser(); })()),
  },
  { method: 'GET', pattern: /^\/applications\/@me$/, auth: true, handle: (_c, ctx) => ok(applicationObject(ctx)) },
  {
    method: 'GET',
    pattern: new RegExp(`^/applications/${ID}/commands$`),
    auth: true,
    handle: ({ match }, ctx) => (ownApp(ctx, match[1]), ok(ctx.commands.list())),
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/applications/${ID}/commands$`),
    auth: true,
    handle: ({ match, rawBody }, ctx) => (ownApp(ctx, match[1]), ok(ctx.commands.overwrite(rawBody))),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/applications/${ID}/guilds/${ID}/commands$`),
    auth: true,
    handle: ({ match }, ctx) => (ownApp(ctx, match[1]), ok(ctx.commands.list(ownGuild(ctx, match[2])))),
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/applications/${ID}/guilds/${ID}/commands$`),
    auth: true,
    handle: ({ match, rawBody }, ctx) => (ownApp(ctx, match[1]), ok(ctx.commands.overwrite(rawBody, ownGuild(ctx, match[2])))),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/interactions/${ID}/${TOKEN}/callback$`),
    auth: false,
    handle: ({ match, rawBody, query }, ctx) => ctx.ledger.callback(match[1]!, match[2]!, rawBody, query.with_response === 'true'),
  },
  ...(['GET', 'POST', 'PATCH', 'DELETE'] as const).map(
    (method): Route => ({
      method,
      pattern: new RegExp(`^/webhooks/${ID}/${TOKEN}((?:/[^/]+)*)$`),
      auth: false,
      handle: ({ match, rawBody, query }, ctx) =>
        ctx.ledger.webhook(method, match[1]!, match[2]!, (match[3] ?? '').split('/').filter(Boolean), rawBody, query),
    }),
  ),
  { method: 'GET', pattern: new RegExp(`^/channels/${ID}$`), auth: true, handle: ({ match }, ctx) => ok(ctx.world.channel(match[1]!)) },
  {
    method: 'GET',
    pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`),
    auth: true,
    handle: ({ match }, ctx) => ok(ctx.world.message(match[1]!, match[2]!)),
  },
  { method: 'POST', pattern: new RegExp(`^/channels/${ID}/messages$`), auth: true, handle: createChannelMessage },
  { method: 'POST', pattern: new RegExp(`^/channels/${ID}/messages/${ID}/threads$`), auth: true, handle: startThreadFromMessage },
  { method: 'PATCH', pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`), auth: true, handle: editChannelMessage },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`),
    auth: true,
    handle: ({ match }, ctx) => {
      const message = ctx.world.message(match[1]!, match[2]!);
      ctx.world.deleteMessage(message);
      ctx.events.deleted(message);
      return { status: 204 };
    },
  },
  { method: 'POST', pattern: new RegExp(`^/channels/${ID}/typing$`), auth: true, handle: ({ match }, ctx) => (ctx.world.channel(match[1]!), { status: 204 }) },
  {
    method: 'POST',
    pattern: /^\/users\/@me\/channels$/,
    auth: true,
    handle: ({ body }, ctx) => {
      const id = String(body.recipient_id ?? '');
      if (!ctx.world.users.has(id) || id === ctx.world.botUser.id) throw unknownUser();
      return ok(ctx.world.dmChannelFor(id));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/guilds/${ID}/members/${ID}$`),
    auth: true,
    handle: ({ match }, ctx) => {
      ownGuild(ctx, match[1]);
      const member = ctx.world.members.get(match[2]!);
      if (!member) throw new DiscordHttpError(404, { message: 'Unknown Member', code: 10007 });
      return ok(member);
    },
  },
];

function applicationObject(ctx: RestContext): Json {
  const { world } = ctx;
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    bot: world.botUser,
    verify_key: '0'.repeat(64),
    owner: world.ownerUser,
    team: null,
    flags: 0,
    summary: '',
    tags: [],
    integration_types_config: { '0': {} },
    approximate_guild_count: 1,
  };
}

function createChannelMessage({ match, body }: Call, ctx: RestContext): HttpAnswer {
  const channelId = match[1]!;
  ctx.world.channel(channelId);
  const errors = validateMessageBody(body);
  let extra: Partial<StoredMessage> = {};
  const reference = body.message_reference as Json | undefined;
  if (reference && typeof reference === 'object') {
    const target = ctx.world.messages.get(String(reference.message_id));
    const sameChannel = target && target.channel_id === String(reference.channel_id ?? channelId);
    if (target && sameChannel) {
      extra = {
        type: MessageType.Reply,
        message_reference: { type: 0, message_id: target.id, channel_id: target.channel_id, ...(ctx.world.isGuildChannel(channelId) ? { guild_id: ctx.world.guildOf(channelId) } : {}) },
        referenced_message: target,
      };
    } else if (reference.fail_if_not_exists !== false) {
      errors.add(['message_reference'], 'REPLIES_UNKNOWN_MESSAGE', 'Unknown message');
    }
  }
  errors.throwIfAny();
  assertNotEmpty(body);
  const message = ctx.world.createMessage(channelId, ctx.world.botUser, body, extra);
  const repliedTo = extra.referenced_message?.author;
  const mentions = body.allowed_mentions as Json | undefined;
  // A reply pings its author unless allowed_mentions.replied_user is false.
  if (repliedTo && repliedTo.id !== ctx.world.botUser.id && (!mentions || mentions.replied_user === true) && !message.mentions.some((u) => u.id === repliedTo.id))
    message.mentions.push(repliedTo);
  ctx.events.created(message);
  return ok(message);
}

/** Start Thread from Message: needs Create Public Threads in the channel; a name of 1–100 characters. */
function startThreadFromMessage({ match, body }: Call, ctx: RestContext): HttpAnswer {
  const { world } = ctx;
  const channel = world.channel(match[1]!);
  if (!world.guildChannels.some((c) => c.id === channel.id)) throw new DiscordHttpError(400, { message: 'Cannot execute action on this channel type', code: 50024 });
  if ((world.permissionsOf(world.botUser.id) & PermissionFlagsBits.CreatePublicThreads) === 0n)
    throw new DiscordHttpError(403, { message: 'Missing Permissions', code: 50013 });
  const name = typeof body.name === 'string' ? body.name : '';
  if ([...name].length < 1 || [...name].length > 100) throw new DiscordHttpError(400, { message: 'Invalid Form Body', code: 50035, errors: { name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } } });
  const thread = world.startThread(channel.id, match[2]!, world.botUser.id, name, typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 1440);
  ctx.events.threadCreated(thread);
  return { status: 201, body: thread };
}

function editChannelMessage({ match, body }: Call, ctx: RestContext): HttpAnswer {
  const message = ctx.world.message(match[1]!, match[2]!);
  if (message.author.id !== ctx.world.botUser.id)
    throw new DiscordHttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
  validateMessageBody(body).throwIfAny();
  assertNotEmpty({ ...message, ...body });
  const edited = ctx.world.editMessage(message, body);
  ctx.events.updated(edited);
  return ok(edited);
}

/** Serves /api/v10/…: auth, faults, rate-limit headers, routing, Discord-shaped errors, and a record of each call. */
export async function handleRest(req: IncomingMessage, res: ServerResponse, ctx: RestContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  // discord.js percent-encodes "@original"; Discord routes on the decoded path.
  const path = safeDecode(url.pathname).replace(/^\/api\/v10/, '') || '/';
  const query = Object.fromEntries(url.searchParams.entries());
  const time = Date.now();
  let parsed: ParsedBody = { body: undefined, files: [] };
  const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
    ctx.record({ method, path, query, body: parsed.body, files: parsed.files.map((f) => f.name), status, time });
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...headers, ...(text ? { 'content-type': 'application/json' } : {}) });
    res.end(text);
  };
  try {
    if (!url.pathname.startsWith('/api/v10/')) throw notFound();
    parsed = await readBody(req);
    const fault = ctx.limits.takeFault(method, path);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault && fault.status === 429) {
      const { headers, body } = RateLimits.tooManyRequests(ctx.limits.account(method, path).headers, fault.retryAfter ?? 0.2, fault.global === true);
      return send(429, body, headers);
    }
    if (fault && fault.status >= 400) return send(fault.status, { message: fault.message ?? `${fault.status}: injected by fake-discord`, code: 0 });
    const candidates = ROUTES.filter((r) => r.pattern.test(path));
    const route = candidates.find((r) => r.method === method);
    if (!route) throw candidates.length > 0 ? methodNotAllowed() : notFound();
    if (route.auth && req.headers.authorization !== `Bot ${ctx.token}`) throw unauthorized();
    const limit = ctx.limits.account(method, path);
    if (limit.retryAfter !== undefined) {
      const { headers, body } = RateLimits.tooManyRequests(limit.headers, limit.retryAfter, false);
      return send(429, body, headers);
    }
    const rawBody = parsed.body;
    const body = (typeof rawBody === 'object' && rawBody !== null && !Array.isArray(rawBody) ? rawBody : {}) as Json;
    const answer = route.handle({ match: path.match(route.pattern) as unknown as string[], body, rawBody, query }, ctx);
    send(answer.status, answer.status === 204 ? undefined : answer.body, limit.headers);
  } catch (error) {
    if (error instanceof DiscordHttpError) return send(error.status, error.body);
    send(500, { message: `500: ${(error as Error).message}`, code: 0 });
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
