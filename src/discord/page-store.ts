import { randomBytes } from 'node:crypto';
import type { Paged } from './pages.js';

export interface PageStoreOptions {
  /** How long the rest of an answer stays reachable through "More". Default 15 minutes. */
  ttlMs?: number;
  /** Answers kept at most; the oldest goes first. Default 1,000 (a few MB at worst). */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface PageStore {
  /** Keep a paged answer; returns the key its buttons carry. */
  put(paged: Paged): string;
  /** The paged answer, or undefined once it has expired or been pushed out. */
  get(key: string): Paged | undefined;
  readonly size: number;
}

/**
 * A small bounded in-memory map from button key to the pages of an answer. In memory on
 * purpose: a "More" click after a restart gets a clear "ask again", and memory stays flat
 * under bursts because of the bound and the TTL.
 */
export function createPageStore(options: PageStoreOptions = {}): PageStore {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { paged: Paged; expires: number }>();

  const prune = () => {
    const t = now();
    // Map keeps insertion order, so expired entries are at the front.
    for (const [key, entry] of entries) {
      if (entry.expires > t && entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    put(paged) {
      let key = randomBytes(6).toString('base64url');
      while (entries.has(key)) key = randomBytes(6).toString('base64url');
      entries.set(key, { paged, expires: now() + ttlMs });
      prune();
      return key;
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
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
