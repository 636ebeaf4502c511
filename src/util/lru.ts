/** A bound on the entries' total weight (their size, as `weigh` estimates it) besides their count. */
export interface LruWeight<V> {
  weigh: (value: V) => number;
  max: number;
}

/**
 * A map that keeps at most `max` entries, dropping the least recently used first: a cache whose
 * memory is bounded by a count, however many keys are asked for over time; with `weight`, also by
 * the entries' total size, so that a few large ones do not take what many small ones would. The
 * entry just set is always kept, however heavy.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly max: number,
    private readonly weight?: LruWeight<V>,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, which becomes the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // A Map iterates in insertion order: re-inserted last, it is the last to go.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): V {
    this.delete(key);
    this.entries.set(key, value);
    this.total += this.weight?.weigh(value) ?? 0;
    for (const [oldest] of this.entries) {
      const over = this.entries.size > this.max || (this.weight !== undefined && this.total > this.weight.max);
      if (!over || oldest === key) break;
      this.delete(oldest);
    }
    return value;
  }

  delete(key: K): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= this.weight?.weigh(value) ?? 0;
  }

  /** Drops every entry `drop` says so of. */
  deleteWhere(drop: (value: V, key: K) => boolean): void {
    for (const [key, value] of [...this.entries]) if (drop(value, key)) this.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  keys(): IterableIterator<K> {
    return this.entries.keys();
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }
}
