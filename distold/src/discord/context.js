/** What Discord registers for `commands`: the body of one bulk overwrite, and /help's list. */
export function commandDefinitions(commands) {
    return commands.map((c) => c.data.toJSON());
}
/** Longest question by default: room for a real question, too short to paste an article in. */
export const DEFAULT_MAX_QUESTION_LENGTH = 300;
//# sourceMappingURL=context.js.map