import { createMemory, CONVERSATION_DEFAULTS, type Exchange, type Memory } from '../conversation/index.js';
import type { Intent } from '../answer/types.js';

/** What an answer's buttons need once it is sent: who asked what, about which article, where. */
export interface AnswerRecord {
  question: string;
  intent: Intent;
  articleId: string;
  guildId: string | null;
  exchange: Exchange;
}

/**
 * The bot's conversations, all bounded and forgetting: the last exchange per conversation (a
 * thread wenda opened, or a member in a channel), the answers its buttons point at, and which
 * message shows which answer (so a reply to it continues from there).
 */
export interface Conversations {
  exchanges: Memory<Exchange>;
  answers: Memory<AnswerRecord>;
  messages: Memory<string>;
}

/** Feedback on an answer stays possible for a day; its conversation for `ttlMs`. */
const ANSWER_TTL_MS = 24 * 60 * 60_000;

export function createConversations(options: { ttlMs?: number; now?: () => number } = {}): Conversations {
  const ttlMs = options.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs;
  return {
    exchanges: createMemory({ ttlMs, now: options.now }),
    answers: createMemory({ ttlMs: Math.max(ttlMs, ANSWER_TTL_MS), now: options.now }),
    messages: createMemory({ ttlMs, now: options.now }),
  };
}

/** Everyone in a thread wenda opened talks in one conversation. */
export function threadKey(threadId: string): string {
  return `thread:${threadId}`;
}

/** Elsewhere each member has their own conversation per channel (a DM is a channel). */
export function memberKey(userId: string, channelId: string): string {
  return `member:${userId}:${channelId}`;
}
