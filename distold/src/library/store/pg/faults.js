/**
 * Whether an error from `pg` means the database cannot be reached right now (stopped, restarting,
 * the network gone), as opposed to a bad query or a refusal that waiting will not fix (a wrong
 * password, a database that does not exist).
 */
export function isConnectionFault(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { code, message, errors } = error;
    // Node's socket errors; a name that resolves to several addresses fails with an AggregateError of them.
    if (typeof code === 'string' && SOCKET_CODES.has(code))
        return true;
    if (Array.isArray(errors) && errors.some(isConnectionFault))
        return true;
    // SQLSTATE class 08 (connection exception), and the server shutting down or not yet accepting connections.
    if (typeof code === 'string' && (code.startsWith('08') || SERVER_GOING_CODES.has(code)))
        return true;
    // `pg`'s own words when the socket closes under a query or a connect times out; it sets no code for these.
    return typeof message === 'string' && PG_MESSAGES.some((m) => message.includes(m));
}
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or in recovery), too_many_connections. */
const SERVER_GOING_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const PG_MESSAGES = ['Connection terminated', 'Query read timeout', 'timeout exceeded when trying to connect', 'Client has encountered a connection error', 'Connection closed'];
/**
 * Whether a store call failed in a way waiting may cure: the database out of reach, or a statement
 * it stopped at the store's timeout (57014, query_canceled: too busy to answer in time now).
 */
export function isTransientFault(error) {
    return isConnectionFault(error) || (typeof error === 'object' && error !== null && error.code === QUERY_CANCELED);
}
const QUERY_CANCELED = '57014';
//# sourceMappingURL=faults.js.map