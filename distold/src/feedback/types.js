/** Every intent, as feedback may name one (a button's id carries it through a restart). */
export const FEEDBACK_INTENTS = {
    attendees: true, agreements: true, visits: true, when: true, where: true, role: true, said: true, topic: true, count: true, summary: true, free: true,
};
export function isIntent(value) {
    return Object.hasOwn(FEEDBACK_INTENTS, value);
}
//# sourceMappingURL=types.js.map