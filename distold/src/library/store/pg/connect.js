import { StoreOpenError, StoreUnavailableError } from '../errors.js';
import { isConnectionFault, isTransientFault } from './faults.js';
/** A connection string with its password taken out, to name the database in messages and logs. */
export function describeDatabase(connectionString) {
    try {
        const url = new URL(connectionString);
        if (url.password)
            url.password = '***';
        return url.toString();
    }
    catch {
        // Not a URL (a `key=value` string, or a typo): nothing of it is shown, it may hold the password.
        return 'WENDA_DATABASE_URL';
    }
}
/** The password in a connection string, to be scrubbed from any message; undefined when it has none. */
export function databasePassword(connectionString) {
    try {
        return decodeURIComponent(new URL(connectionString).password) || undefined;
    }
    catch {
        return undefined;
    }
}
/** Every fault thrown by `pg` that waiting may cure becomes a StoreUnavailableError; the rest pass as they are. */
export async function unavailableOnFault(task) {
    try {
        return await task();
    }
    catch (error) {
        if (isTransientFault(error))
            throw new StoreUnavailableError(error instanceof Error ? error.message : String(error));
        throw error;
    }
}
const FIRST_WAIT_MS = 250;
const LONGEST_WAIT_MS = 5_000;
/**
 * Runs `open` (connect and migrate) until it works, retrying with a doubling wait while the
 * database cannot be reached, for at most `retry.waitMs`; a refusal waiting cannot cure (a wrong
 * password, no such database, a failed migration) is not retried. Throws a StoreOpenError that
 * names the database without its password.
 */
export async function openWithRetry(connectionString, open, retry) {
    const where = describeDatabase(connectionString);
    const secret = databasePassword(connectionString);
    const clean = (error) => {
        const text = error instanceof Error ? error.message : String(error);
        return secret ? text.split(secret).join('***') : text;
    };
    const deadline = Date.now() + retry.waitMs;
    for (let attempt = 0;; attempt++) {
        try {
            return await open();
        }
        catch (error) {
            if (!isConnectionFault(error))
                throw new StoreOpenError(`Could not open the database ${where}: ${clean(error)}`);
            const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** attempt);
            if (Date.now() + wait > deadline) {
                const seconds = Math.round(retry.waitMs / 100) / 10;
                throw new StoreOpenError(`Could not reach the database ${where} within ${seconds} s (${clean(error)}). Is PostgreSQL running, and is WENDA_DATABASE_URL right?`);
            }
            retry.onRetry?.(clean(error), wait);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
/** A store query that has not answered by then fails (a StoreUnavailableError), rather than hold a member's question and a connection. */
export const QUERY_TIMEOUT_MS = 5_000;
/** How much longer the client waits for a server that does not answer at all (the network gone) than the server's own timeout. */
const READ_GRACE_MS = 1_000;
/** The pool every store query goes through. */
export function poolOptions(connectionString, maxConnections, timeoutMs = QUERY_TIMEOUT_MS) {
    return {
        connectionString,
        max: maxConnections,
        // A database out of reach fails a command within Discord's 3-second window instead of hanging it.
        connectionTimeoutMillis: 2_000,
        // A connection whose peer vanished (a machine gone, not a clean stop) is noticed instead of waited on.
        keepAlive: true,
        // The server stops a statement at the timeout itself: a query the client only gave up on runs on
        // in its backend until it ends (PostgreSQL does not notice the closed socket while it computes),
        // taking a core from every other server's questions.
        statement_timeout: timeoutMs,
        query_timeout: timeoutMs + READ_GRACE_MS,
    };
}
//# sourceMappingURL=connect.js.map