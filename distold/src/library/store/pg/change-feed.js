import pg from 'pg';
import { CHANGES_CHANNEL, decodeChange } from './change-payload.js';
const FIRST_BACKOFF_MS = 250;
const DEFAULT_MAX_BACKOFF_MS = 5_000;
/**
 * Every process's view of the other processes' changes: LISTEN on `library_changes` over a
 * connection of its own (a pooled one would be handed to queries and lose the LISTEN), kept open
 * for as long as the feed runs. When it drops, it is opened again with a growing wait; its
 * listeners are then told to read everything again, since NOTIFYs sent meanwhile are gone.
 */
export class PgChangeFeed {
    options;
    listeners = new Set();
    client;
    retry;
    attempt = 0;
    /** Set once a connection failed or dropped: the next one that works must be followed by a resync. */
    missed = false;
    closed = false;
    constructor(options) {
        this.options = options;
    }
    /** Resolves once the first attempt is over: listening, or retrying in the background. */
    static async start(options) {
        const feed = new PgChangeFeed(options);
        await feed.connect();
        return feed;
    }
    get connected() {
        return this.client !== undefined;
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => void this.listeners.delete(listener);
    }
    async close() {
        this.closed = true;
        clearTimeout(this.retry);
        const client = this.client;
        this.client = undefined;
        await client?.end().catch(() => undefined);
    }
    async connect() {
        if (this.closed)
            return;
        // keepAlive: a peer that vanished without closing (a machine gone) is noticed, not waited on for ever.
        const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true, connectionTimeoutMillis: 5_000 });
        let gone = false;
        const lost = (reason) => {
            if (gone)
                return;
            gone = true;
            client.removeAllListeners('notification');
            void client.end().catch(() => undefined);
            if (this.client === client)
                this.client = undefined;
            this.missed = true;
            if (this.closed)
                return;
            this.options.onStatus?.({ connected: false, reason });
            this.scheduleRetry();
        };
        client.on('error', (error) => lost(error.message));
        client.on('end', () => lost('connection closed'));
        client.on('notification', (message) => {
            if (message.channel !== CHANGES_CHANNEL)
                return;
            const change = decodeChange(message.payload);
            if (change)
                for (const listener of this.listeners)
                    listener.change(change);
        });
        try {
            await client.connect();
            await client.query(`LISTEN ${CHANGES_CHANNEL}`);
        }
        catch (error) {
            lost(error instanceof Error ? error.message : String(error));
            return;
        }
        if (this.closed) {
            await client.end().catch(() => undefined);
            return;
        }
        this.client = client;
        this.attempt = 0;
        if (this.missed) {
            this.missed = false;
            this.options.onStatus?.({ connected: true });
            for (const listener of this.listeners)
                listener.resync();
        }
    }
    scheduleRetry() {
        const ceiling = Math.min(this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** this.attempt);
        this.attempt++;
        // Jitter: many shards that lost the database together do not all knock at the same instant.
        const wait = ceiling / 2 + Math.random() * (ceiling / 2);
        clearTimeout(this.retry);
        this.retry = setTimeout(() => void this.connect(), wait);
    }
}
//# sourceMappingURL=change-feed.js.map