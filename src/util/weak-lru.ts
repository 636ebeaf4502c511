/**
 * A cache of what was worked out from an object, for as long as the object lives and at most `max`
 * of them, the least recently used dropped first. Unlike `Lru`, it never keeps an object alive: when
 * the last other holder lets it go (an engine over a question's articles, dropped from its own
 * cache), what was worked out from it goes too, instead of waiting for `max` newer entries.
 */
export class WeakLru<K extends object, V> {
  private readonly values = new WeakMap<K, { value: V; ref: WeakRef<K> }>();
  /** Recency, oldest first; a collected object's ref stays until its turn to go (a few bytes). */
  private readonly order = new Set<WeakRef<K>>();

  constructor(private readonly max: number) {}

  /** The value, which becomes the most recently used. */
  get(key: K): V | undefined {
    const entry = this.values.get(key);
    if (!entry) return undefined;
    this.order.delete(entry.ref);
    this.order.add(entry.ref);
    return entry.value;
  }

  set(key: K, value: V): V {
    const old = this.values.get(key);
    if (old) this.order.delete(old.ref);
    const ref = new WeakRef(key);
    this.values.set(key, { value, ref });
    this.order.add(ref);
    for (const oldest of this.order) {
      if (this.order.size <= this.max) break;
      this.order.delete(oldest);
      const gone = oldest.deref();
      if (gone) this.values.delete(gone);
    }
    return value;
  }
}
