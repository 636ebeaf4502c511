import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { WeakLru } from '../../src/util/weak-lru.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const nextJob = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WeakLru', () => {
  it('keeps at most max entries, the least recently used dropped first', () => {
    const cache = new WeakLru<object, string>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 'a');
    cache.set(b, 'b');
    expect(cache.get(a)).toBe('a'); // a is now the most recently used
    cache.set(c, 'c');
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBe('a');
    expect(cache.get(c)).toBe('c');
  });

  it('setting a key again replaces its value without taking a second place', () => {
    const cache = new WeakLru<object, string>(2);
    const [a, b] = [{}, {}];
    cache.set(a, 'a1');
    cache.set(a, 'a2');
    cache.set(b, 'b');
    expect(cache.get(a)).toBe('a2');
    expect(cache.get(b)).toBe('b');
  });

  it('lets a value go with its key, well before max newer entries push it out', async () => {
    const cache = new WeakLru<object, object>(256);
    let valueRef: WeakRef<object> | undefined;
    (() => {
      const key = {};
      const value = { tagged: new Array(1000).fill('sentence') };
      cache.set(key, value);
      valueRef = new WeakRef(value);
    })();
    await nextJob();
    gc();
    await nextJob();
    gc();
    expect(valueRef!.deref()).toBeUndefined();
  });
});
