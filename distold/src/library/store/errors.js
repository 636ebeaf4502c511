/** A load refused by a limit; the message can be shown to the member as it is. */
export class StoreLimitError extends Error {
    limit;
    max;
    retryAt;
    name = 'StoreLimitError';
    constructor(limit, 
    /** The limit's value: articles per server, or loads per member per hour. */
    max, message, 
    /** For the hourly limit: ISO time at which the member may load again. */
    retryAt) {
        super(message);
        this.limit = limit;
        this.max = max;
        this.retryAt = retryAt;
    }
}
/**
 * An argument no stored record can match: a guild, channel or member id that is not a Discord
 * id, an article the guild does not keep, article data that cannot be stored.
 */
export class StoreInputError extends Error {
    name = 'StoreInputError';
}
/**
 * The store cannot be reached now (its database stopped, restarting or out of reach): the same
 * call may work in a moment. The message is for the log; users are told in their own language.
 */
export class StoreUnavailableError extends Error {
    reason;
    name = 'StoreUnavailableError';
    constructor(
    /** What failed underneath, e.g. `connect ECONNREFUSED 127.0.0.1:5432`. */
    reason) {
        super(`The article store is temporarily unavailable: ${reason}`);
        this.reason = reason;
    }
}
/** The store could not be opened at start; the message says where and why, and never holds a password. */
export class StoreOpenError extends Error {
    name = 'StoreOpenError';
}
//# sourceMappingURL=errors.js.map