import { randomBytes } from 'node:crypto';
import { converse, suggestQuestions, type Exchange } from '../conversation/index.js';
import { answerActions } from './answer-actions.js';
import type { BotContext } from './context.js';
import type { Payload } from './payload.js';
import { questionText } from './question-text.js';
import { answerPages } from './render.js';
import { firstPage } from './respond.js';

export interface ConversationQuestion {
  /** The conversation it belongs to (`threadKey`, `memberKey`). */
  key: string;
  /** What the member typed, Discord markup and all. */
  typed: string;
  guild: string | null;
  /** An article the member chose (an option, the channel's default). */
  articleId?: string;
  /** The exchange a reply to one of wenda's messages continues, instead of the conversation's last. */
  continues?: Exchange;
}

/**
 * Answers a question in its conversation: read against the last exchange, answered in the
 * server's language setting, remembered for the next follow-up, and rendered with the line that
 * says how it was read, the suggested next questions, 👍/👎 and "¶ Source". Returns the payload
 * and the answer's id, which `remember` ties to the message once sent.
 */
export function answerInConversation(ctx: BotContext, asked: ConversationQuestion): { payload: Payload; answerId: string } {
  const engine = ctx.engineFor(asked.guild);
  const { language } = ctx.settings.of(asked.guild);
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
export function rememberMessage(ctx: BotContext, messageId: string | undefined, answerId: string): void {
  if (messageId) ctx.conversations.messages.set(messageId, answerId);
}

/** The exchange a reply to message `messageId` continues, while it is remembered. */
export function exchangeOfMessage(ctx: BotContext, messageId: string | undefined): Exchange | undefined {
  const answerId = messageId ? ctx.conversations.messages.get(messageId) : undefined;
  return answerId ? ctx.conversations.answers.get(answerId)?.exchange : undefined;
}
