import type { StoredMessage } from './state.js';

export type { StoredMessage } from './state.js';

export interface FakeDiscordOptions {
  token?: string;
  /** HELLO's heartbeat_interval; Discord sends about 41250 ms, tests use less. */
  heartbeatIntervalMs?: number;
  /**
   * Privileged intents the application has switched on in the developer portal (GuildMembers 1<<1,
   * GuildPresences 1<<8, MessageContent 1<<15). Identifying with any other privileged intent closes the
   * gateway with 4014 "Disallowed intent(s)", as Discord does. Default: none.
   */
  enabledPrivilegedIntents?: number;
  /** The shard count GET /gateway/bot recommends (discord.js's and wenda's `auto`). Default 1. */
  shards?: number;
  /** Permissions added to the bot's role in the test guild (e.g. PermissionFlagsBits.CreatePublicThreads). Default: none beyond @everyone's. */
  botPermissions?: bigint;
}

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body. */
  body: unknown;
  /** Names of files in a multipart body. */
  files: string[];
  status: number;
  /** Epoch ms when the request arrived. */
  time: number;
}

/** An interaction the fake dispatched, with the raw INTERACTION_CREATE payload the bot received. */
export interface Interaction {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  payload: Record<string, unknown>;
}

export type InteractionResultKind = 'callback' | 'edit-original' | 'delete-original' | 'followup' | 'edit-followup' | 'delete-followup';

export interface InteractionResult {
  kind: InteractionResultKind;
  /** For kind "callback": the interaction callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType?: number;
  /** True once a user sees an answer rather than "thinking…": replies, updates, edits, follow-ups, choices, modals. */
  final: boolean;
  /** The request body (for callbacks: its `data`). */
  body: Record<string, unknown>;
  /** The message created or edited, as stored right after this step. */
  message?: StoredMessage;
  /** Autocomplete choices (callback type 8). */
  choices?: Array<{ name: string; value: string | number }>;
  at: number;
  /** ms between the interaction's dispatch and this step. */
  latencyMs: number;
}

export interface RestFault {
  method?: string;
  /** Matched against the path below /api/v10. */
  path: RegExp;
  /** 429, 500, 502…; a status below 400 only delays (with delayMs) and then serves normally. */
  status: number;
  /** Seconds, Discord's unit for `retry_after` and `Retry-After`. Default 0.2. */
  retryAfter?: number;
  delayMs?: number;
  /** How many matching requests to fault. Default 1. */
  times?: number;
  /** A 429 on the global limit: `X-RateLimit-Global` and scope "global". */
  global?: boolean;
  /** The error body's `message` for a status of 400 or more (e.g. one that carries a secret, to test that it is never logged). */
  message?: string;
}

export interface CommandOptions {
  userId?: string;
  locale?: string;
  channelId?: string;
  dm?: boolean;
}

export interface SendMessageOptions {
  /** A reply to this message (of the same channel); Discord's client pings its author unless `pingReply` is false. */
  replyTo?: string;
  pingReply?: boolean;
  authorId?: string;
  bot?: boolean;
  mentionBot?: boolean;
  dm?: boolean;
  channelId?: string;
}
