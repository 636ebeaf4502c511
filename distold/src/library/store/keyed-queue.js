/**
 * Runs tasks with the same key one after another, in the order they were queued, and tasks
 * with different keys side by side. The file store queues every operation on a guild under the
 * guild's id, so two loads at once cannot both read the old state and one overwrite the other.
 * It serialises within this process only: one process owns a data directory.
 */
export class KeyedQueue {
    // The last queued task per key, settled either way, so one failure does not stall the rest.
    tails = new Map();
    run(key, task) {
        const previous = this.tails.get(key) ?? Promise.resolve();
        const result = previous.then(task);
        const tail = result.then(() => undefined, () => undefined);
        this.tails.set(key, tail);
        // Forget idle keys, so the map holds only guilds with work in flight.
        void tail.then(() => {
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        });
        return result;
    }
}
//# sourceMappingURL=keyed-queue.js.map