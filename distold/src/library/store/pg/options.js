import { StoreOpenError } from '../errors.js';
import { databasePassword } from './connect.js';
/** How long a start waits for a database that cannot be reached yet, unless WENDA_DATABASE_WAIT_MS says otherwise. */
export const DEFAULT_DATABASE_WAIT_MS = 60_000;
/**
 * The database named in the environment, or undefined for the embedded file store. Throws a
 * StoreOpenError naming the variable when it is not a postgres:// URL or the wait is not a number.
 */
export function databaseFromEnv(env = process.env) {
    const connectionString = env.WENDA_DATABASE_URL?.trim();
    // `VAR=` in a .env file means "not set", as everywhere else in wenda's configuration.
    if (!connectionString)
        return undefined;
    let protocol;
    try {
        protocol = new URL(connectionString).protocol;
    }
    catch {
        throw new StoreOpenError('WENDA_DATABASE_URL must be a URL such as postgres://user:password@host:5432/database');
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:')
        throw new StoreOpenError('WENDA_DATABASE_URL must start with postgres:// or postgresql://');
    const wait = env.WENDA_DATABASE_WAIT_MS?.trim();
    const waitMs = wait ? Number(wait) : DEFAULT_DATABASE_WAIT_MS;
    if (wait && (!/^\d+$/.test(wait) || !Number.isSafeInteger(waitMs))) {
        throw new StoreOpenError(`WENDA_DATABASE_WAIT_MS must be a whole number of milliseconds, not ${JSON.stringify(wait)}`);
    }
    const password = databasePassword(connectionString);
    return { connectionString, waitMs, ...(password ? { password } : {}) };
}
//# sourceMappingURL=options.js.map