import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/util/lru.js';

describe('Lru', () => {
  it('keeps at most max entries, the least recently used dropped first', () => {
    const cache = new Lru<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([...cache.keys()]).toEqual(['a', 'c']);
  });

  it('with a weight, drops the oldest until the total fits, and keeps the entry just set however heavy', () => {
    const cache = new Lru<string, string>(10, { weigh: (text) => text.length, max: 10 });
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    cache.set('c', 'cccc'); // 12 > 10: a goes
    expect([...cache.keys()]).toEqual(['b', 'c']);
    cache.set('big', 'x'.repeat(30)); // heavier than the bound alone: everything else goes, it stays
    expect([...cache.keys()]).toEqual(['big']);
    cache.set('d', 'dd'); // 32 > 10: big goes
    expect([...cache.keys()]).toEqual(['d']);
  });

  it('counts a replaced, deleted or cleared entry out of the total', () => {
    const cache = new Lru<string, string>(10, { weigh: (text) => text.length, max: 10 });
    cache.set('a', 'aaaaaaaa');
    cache.set('a', 'aa'); // replaced: 2, not 10
    cache.set('b', 'bbbbbbbb'); // 10 fits
    expect([...cache.keys()]).toEqual(['a', 'b']);
    cache.delete('b');
    cache.set('c', 'cccccccc'); // 10 again
    expect([...cache.keys()]).toEqual(['a', 'c']);
    cache.deleteWhere((value) => value.startsWith('c'));
    cache.set('d', 'dddddddd');
    expect([...cache.keys()]).toEqual(['a', 'd']);
    cache.clear();
    cache.set('e', 'eeeeeeeeee');
    expect([...cache.keys()]).toEqual(['e']);
  });
});
