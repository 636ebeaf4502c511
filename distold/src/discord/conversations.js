import { createMemory, CONVERSATION_DEFAULTS } from '../conversation/index.js';
/** Feedback on an answer stays possible for a day; its conversation for `ttlMs`. */
const ANSWER_TTL_MS = 24 * 60 * 60_000;
export function createConversations(options = {}) {
    const ttlMs = options.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs;
    return {
        exchanges: createMemory({ ttlMs, now: options.now }),
        answers: createMemory({ ttlMs: Math.max(ttlMs, ANSWER_TTL_MS), now: options.now }),
        messages: createMemory({ ttlMs, now: options.now }),
    };
}
/** Everyone in a thread wenda opened talks in one conversation. */
export function threadKey(threadId) {
    return `thread:${threadId}`;
}
/** Elsewhere each member has their own conversation per channel (a DM is a channel). */
export function memberKey(userId, channelId) {
    return `member:${userId}:${channelId}`;
}
//# sourceMappingURL=conversations.js.map