import { CONTROL_CLASS, removeInvisible } from '../language/invisible.js';
/**
 * Discord's own markup in a message: custom emoji, user, role and channel mentions, command
 * mentions, timestamps, @everyone and @here. None of it is a word the article could answer, and
 * an id would read as a number the article lacks, so the engine never sees it.
 */
const DISCORD_MARKUP = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[\w -]+:\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b/gu;
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'gu');
/**
 * A question typed in Discord as the engine should read it: Discord's markup removed. Invisible
 * characters go first and controls become spaces, so a mention split by one (`@\u200beveryone`)
 * is still seen as a mention.
 */
export function questionText(typed) {
    return removeInvisible(typed).replace(CONTROL, ' ').replace(DISCORD_MARKUP, ' ');
}
/**
 * The engine's answer to a question typed in Discord (/ask, a mention, a DM). The engine reads it
 * without Discord's markup; the answer keeps what was typed as the question's `raw`, so the reply
 * echoes the user's own words, mentions shown escaped.
 */
export function askTyped(engine, typed, articleId) {
    const answer = engine.ask(questionText(typed), { articleId });
    return { ...answer, question: { ...answer.question, raw: typed } };
}
//# sourceMappingURL=question-text.js.map