/**
 * A map that keeps at most `max` entries, dropping the least recently used first: a cache whose
 * memory is bounded by a count, however many keys are asked for over time.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

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
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Drops every entry `drop` says so of. */
  deleteWhere(drop: (value: V, key: K) => boolean): void {
    for (const [key, value] of [...this.entries]) if (drop(value, key)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  keys(): IterableIterator<K> {
    return this.entries.keys();
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }
}
