import { StoreUnavailableError } from '../library/store/index.js';
/**
 * What a user is told when answering them failed, and how loud the log line is: a library that
 * cannot be reached for a moment (its database restarting) is said as such and only warned
 * about; anything else is the bot's own fault.
 */
export function describeFailure(error) {
    if (error instanceof StoreUnavailableError)
        return { say: (l) => l.unavailable, level: 'warn' };
    return { say: (l) => l.failed, level: 'error' };
}
//# sourceMappingURL=failure.js.map