import { describe, expect, it } from 'vitest';
import { createMemory } from '../../src/conversation/memory.js';

describe('conversation memory', () => {
  it('forgets an entry once its time is up', () => {
    let t = 0;
    const memory = createMemory<string>({ ttlMs: 1000, now: () => t });
    memory.set('thread', 'about 王东峰');
    t = 999;
    expect(memory.get('thread')).toBe('about 王东峰');
    t = 2000;
    expect(memory.get('thread')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const memory = createMemory<number>({ maxEntries: 2 });
    memory.set('a', 1);
    memory.set('b', 2);
    expect(memory.get('a')).toBe(1);
    memory.set('c', 3);
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')).toBe(1);
    expect(memory.get('c')).toBe(3);
    expect(memory.size).toBe(2);
  });
});
