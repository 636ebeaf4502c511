import { randomBytes } from 'node:crypto';
/**
 * A small bounded in-memory map from button key to the pages of an answer. In memory on
 * purpose: a "More" click after a restart gets a clear "ask again", and memory stays flat
 * under bursts because of the bound and the TTL.
 */
export function createPageStore(options = {}) {
    const ttlMs = options.ttlMs ?? 15 * 60_000;
    const maxEntries = options.maxEntries ?? 1000;
    const now = options.now ?? Date.now;
    const entries = new Map();
    const prune = () => {
        const t = now();
        // Map keeps insertion order, so expired entries are at the front.
        for (const [key, entry] of entries) {
            if (entry.expires > t && entries.size <= maxEntries)
                break;
            entries.delete(key);
        }
    };
    return {
        put(paged) {
            let key = randomBytes(6).toString('base64url');
            while (entries.has(key))
                key = randomBytes(6).toString('base64url');
            entries.set(key, { paged, expires: now() + ttlMs });
            prune();
            return key;
        },
        get(key) {
            const entry = entries.get(key);
            if (!entry)
                return undefined;
            if (entry.expires <= now()) {
                entries.delete(key);
                return undefined;
            }
            return entry.paged;
        },
        get size() {
            return entries.size;
        },
    };
}
//# sourceMappingURL=page-store.js.map