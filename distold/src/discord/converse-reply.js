import { randomBytes } from 'node:crypto';
import { converse, suggestQuestions } from '../conversation/index.js';
import { answerActions } from './answer-actions.js';
import { questionText } from './question-text.js';
import { answerPages } from './render.js';
import { firstPage } from './respond.js';
/**
 * Gets ready to answer a question in its conversation: the articles it may be answered from are
 * gathered first (with PostgreSQL, from the database: this throws while it is out of reach), with
 * the one the conversation was about. The returned function answers, synchronously: read against
 * the last exchange, answered in the server's language setting, remembered for the next follow-up,
 * and rendered with the line that says how it was read, the suggested next questions, 👍/👎 and
 * "¶ Source". It returns the payload and the answer's id, which `remember` ties to the message once sent.
 */
export async function prepareAnswer(ctx, asked) {
    const about = asked.continues ?? ctx.conversations.exchanges.get(asked.key);
    const engine = await ctx.prepareEngine(asked.guild, { question: questionText(asked.typed), chosen: asked.articleId, previous: about?.articleId });
    return () => answerWith(ctx, engine(), asked);
}
function answerWith(ctx, engine, asked) {
    const { language } = ctx.settings.of(asked.guild);
    // Read again: another question of the same conversation may have been answered meanwhile.
    const previous = asked.continues ?? ctx.conversations.exchanges.get(asked.key);
    const turn = converse(engine, previous, questionText(asked.typed), { articleId: asked.articleId, language: language === 'auto' ? undefined : language });
    const answer = { ...turn.answer, question: { ...turn.answer.question, raw: asked.typed } };
    ctx.conversations.exchanges.set(asked.key, turn.exchange);
    const answerId = randomBytes(6).toString('base64url');
    ctx.conversations.answers.set(answerId, { question: asked.typed, intent: answer.intent, articleId: answer.article.id, guildId: asked.guild, exchange: turn.exchange });
    const paged = answerPages(answer, { echoQuestion: true, understood: turn.understood, budget: ctx.pageBudget });
    paged.actions = answerActions(answer, answerId, suggestQuestions(engine, turn.exchange));
    return { payload: firstPage(paged, ctx), answerId };
}
/** Ties a sent message to its answer, so a reply to that message continues its conversation. */
export function rememberMessage(ctx, messageId, answerId) {
    if (messageId)
        ctx.conversations.messages.set(messageId, answerId);
}
/** The exchange a reply to message `messageId` continues, while it is remembered. */
export function exchangeOfMessage(ctx, messageId) {
    const answerId = messageId ? ctx.conversations.messages.get(messageId) : undefined;
    return answerId ? ctx.conversations.answers.get(answerId)?.exchange : undefined;
}
//# sourceMappingURL=converse-reply.js.map