/** How long a conversation is remembered, and how many at most, unless the options say otherwise. */
export const CONVERSATION_DEFAULTS = {
    /** A follow-up later than this is a new question: ten minutes, the span of one reading. */
    ttlMs: 10 * 60_000,
    /** Conversations kept at once; the least recently used goes first (a few KB each). */
    maxEntries: 5_000,
};
export function createMemory(options = {}) {
    const ttlMs = options.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs;
    const maxEntries = Math.max(1, options.maxEntries ?? CONVERSATION_DEFAULTS.maxEntries);
    const now = options.now ?? Date.now;
    // Map keeps insertion order: re-inserting on use puts the least recently used first.
    const entries = new Map();
    return {
        get(key) {
            const entry = entries.get(key);
            if (!entry)
                return undefined;
            entries.delete(key);
            if (entry.expires <= now())
                return undefined;
            entries.set(key, entry);
            return entry.value;
        },
        set(key, value) {
            entries.delete(key);
            entries.set(key, { value, expires: now() + ttlMs });
            const t = now();
            for (const [oldest, entry] of entries) {
                if (entries.size <= maxEntries && entry.expires > t)
                    break;
                entries.delete(oldest);
            }
        },
        delete(key) {
            entries.delete(key);
        },
        get size() {
            return entries.size;
        },
    };
}
//# sourceMappingURL=memory.js.map