import { warmSearchTerms } from '../answer/search-terms.js';
import { PgChangeFeed } from './store/pg/change-feed.js';
import { PgArticleStore } from './store/pg/pg-store.js';
import { FileArticleStore, snapshotsDir, storeLimitsFromEnv } from './store/index.js';
import { allowHostsFromEnv } from './fetch/index.js';
import { Library } from './library.js';
/**
 * The bot's library as `npm start` opens it (main.ts), from the configuration: the store (PostgreSQL
 * when a database is named, else files), the feed of other processes' changes, and the library over
 * them, answering each question from its candidates when the store is PostgreSQL. The bench's bot
 * process (bench/pg-bot.ts) opens it the same way, so what it measures is what runs.
 */
export async function openLibrary(options) {
    const { database, dataDir, log } = options;
    const store = database
        ? await PgArticleStore.open({
            connectionString: database.connectionString,
            ...storeLimitsFromEnv(),
            retry: { waitMs: database.waitMs, onRetry: (reason, retryInMs) => log.warn({ reason, retryInMs }, 'database not reachable yet') },
        })
        : new FileArticleStore({ dataDir, ...storeLimitsFromEnv() });
    // Loads, removals and channel defaults from the other processes on the same database.
    const changes = database
        ? await PgChangeFeed.start({
            connectionString: database.connectionString,
            onStatus: ({ connected, reason }) => connected ? log.info('listening to library changes again') : log.warn({ reason }, 'lost the connection for library changes; reconnecting'),
        })
        : undefined;
    const library = await Library.open({
        seedsDir: options.seedsDir,
        store,
        changes,
        ...(options.serves ? { serves: options.serves } : {}),
        // With PostgreSQL, each question is answered from its few candidates, found by the database's
        // passage index and read from it: no process holds every article of its servers.
        ...(store instanceof PgArticleStore ? { candidates: { index: store } } : {}),
        snapshotsDir: snapshotsDir(dataDir),
        watchSeeds: true,
        fetch: { allowHosts: allowHostsFromEnv() },
        // An unreadable article or seed is skipped; a change from another process that could not be read is read with the next resync.
        onProblem: ({ file, reason }) => log.warn({ file, reason }, 'library problem'),
    });
    if (store instanceof PgArticleStore) {
        // Each question is searched in the database before its articles are known, an English one
        // against the whole dictionary: read that ahead, in the background, rather than on the first
        // English question (about 1.5 s, before its reply is even deferred).
        warmSearchTerms().then(() => log.info('ready for English questions'), (error) => log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'could not read the dictionary ahead; the first English question will'));
    }
    return {
        library,
        store,
        async close() {
            library.close();
            await changes?.close();
            if (store instanceof PgArticleStore)
                await store.close();
        },
    };
}
//# sourceMappingURL=open-library.js.map