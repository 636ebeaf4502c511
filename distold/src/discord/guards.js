import { CONTROL_CLASS, INVISIBLE_CLASS } from '../language/invisible.js';
import { labels } from './labels.js';
const OK = { ok: true };
/** Per-user cooldown: one answer per `ms` per user; the refusal says how long to wait. */
export function createCooldown(options) {
    const { ms } = options;
    const maxUsers = options.maxUsers ?? 10_000;
    const now = options.now ?? Date.now;
    const last = new Map();
    return {
        take(userId) {
            if (ms <= 0)
                return OK;
            const t = now();
            const previous = last.get(userId);
            if (previous !== undefined && t - previous < ms) {
                const seconds = Math.max(1, Math.ceil((ms - (t - previous)) / 1000));
                return { ok: false, message: (language) => labels(language).slowDown(seconds) };
            }
            // Re-insert so the map's order is oldest-first and pruning can stop early.
            last.delete(userId);
            last.set(userId, t);
            for (const [user, at] of last) {
                if (last.size <= maxUsers && t - at < ms)
                    break;
                last.delete(user);
            }
            return OK;
        },
    };
}
/**
 * What does not make a question: spaces, controls and the invisible characters; and here every
 * other format character too (Unicode's Cf, tag characters among them), because a guard should
 * err towards asking for a question rather than answer one made of marks nobody typed to be read.
 */
const NOTHING = new RegExp(`[\\s${CONTROL_CLASS}${INVISIBLE_CLASS}\\p{Cf}]`, 'gu');
/** Characters a reader would count. */
function visible(text) {
    return text.replace(NOTHING, '');
}
/** A question must have something in it and stay under `max` characters. */
export function checkQuestion(text, max) {
    if (visible(text).length === 0)
        return { ok: false, message: (l) => labels(l).emptyQuestion };
    if ([...text].length > max)
        return { ok: false, message: (l) => labels(l).tooLong(max) };
    return OK;
}
/** The first refusal among `guards`, run in order and lazily (a cooldown is only taken when the rest pass). */
export function firstRefusal(...guards) {
    for (const guard of guards) {
        const result = guard();
        if (!result.ok)
            return result;
    }
    return OK;
}
//# sourceMappingURL=guards.js.map