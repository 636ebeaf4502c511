import { describe, expect, it } from 'vitest';
import { createPageStore } from '../../src/discord/page-store.js';
import type { Paged } from '../../src/discord/pages.js';

const paged = (n: number): Paged => ({ language: 'en', embeds: Array.from({ length: n }, (_, i) => ({ description: `page ${i}` })) });

describe('page store', () => {
  it('gives back what it keeps, under a key that fits in a custom id', () => {
    const store = createPageStore();
    const key = store.put(paged(3));
    expect(key).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(store.get(key)?.embeds).toHaveLength(3);
    expect(store.get('nope')).toBeUndefined();
  });

  it('forgets an answer after its TTL', () => {
    let t = 0;
    const store = createPageStore({ ttlMs: 1000, now: () => t });
    const key = store.put(paged(2));
    t = 999;
    expect(store.get(key)).toBeDefined();
    t = 1000;
    expect(store.get(key)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const store = createPageStore({ maxEntries: 2 });
    const [a, b, c] = [store.put(paged(2)), store.put(paged(2)), store.put(paged(2))];
    expect(store.size).toBe(2);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBeDefined();
    expect(store.get(c)).toBeDefined();
  });
});
