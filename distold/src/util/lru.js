/**
 * A map that keeps at most `max` entries, dropping the least recently used first: a cache whose
 * memory is bounded by a count, however many keys are asked for over time.
 */
export class Lru {
    max;
    entries = new Map();
    constructor(max) {
        this.max = max;
    }
    get size() {
        return this.entries.size;
    }
    /** The value, which becomes the most recently used. */
    get(key) {
        const value = this.entries.get(key);
        if (value === undefined)
            return undefined;
        // A Map iterates in insertion order: re-inserted last, it is the last to go.
        this.entries.delete(key);
        this.entries.set(key, value);
        return value;
    }
    set(key, value) {
        this.entries.delete(key);
        this.entries.set(key, value);
        for (const [oldest] of this.entries) {
            if (this.entries.size <= this.max)
                break;
            this.entries.delete(oldest);
        }
        return value;
    }
    delete(key) {
        this.entries.delete(key);
    }
    /** Drops every entry `drop` says so of. */
    deleteWhere(drop) {
        for (const [key, value] of [...this.entries])
            if (drop(value, key))
                this.entries.delete(key);
    }
    clear() {
        this.entries.clear();
    }
    keys() {
        return this.entries.keys();
    }
    values() {
        return this.entries.values();
    }
}
//# sourceMappingURL=lru.js.map