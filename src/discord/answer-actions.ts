import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord.js';
import { passageParagraphs } from '../answer/cited.js';
import type { Answer, Intent } from '../answer/types.js';
import { isIntent } from '../feedback/index.js';
import { labels } from './labels.js';
import { LIMITS } from './limits.js';
import type { Payload } from './payload.js';
import { ellipsis } from './text.js';

// Button ids carry all a press needs, so a suggestion or a source works after a restart: the
// article's id (checked against the server's library when pressed) and the question or paragraphs.
const ARTICLE_ID = '[A-Za-z0-9_-]{1,64}';

export function askId(articleId: string, question: string): string {
  return `ask:${articleId}:${question}`;
}

export function sourceId(articleId: string, paragraphs: readonly number[]): string {
  return `src:${articleId}:${paragraphs.join('.')}`;
}

/**
 * A vote's id carries what the vote is stored with, so 👍/👎 work after a restart: the answer's id,
 * its intent, its article, and the question as typed, cut (ending in …) to fit Discord's 100 characters.
 */
export function feedbackId(vote: 'up' | 'down', answerId: string, answer: Pick<Answer, 'intent' | 'article'> & { question: { raw: string } }): string {
  const head = `fb:${vote}:${answerId}:${answer.intent}:${answer.article.id}:`;
  const question = answer.question.raw.replace(/\s+/gu, ' ').trim();
  const room = LIMITS.customId - head.length;
  if (question.length <= room) return head + question;
  // Cut between characters (never inside a surrogate pair), leaving room for the …
  let cut = '';
  for (const ch of question) {
    if (cut.length + ch.length > room - 1) break;
    cut += ch;
  }
  return `${head}${cut}…`;
}

/** A 👎's modal ("what was wrong?"): its id names the answer the note goes with. */
export function noteId(answerId: string): string {
  return `fbn:${answerId}`;
}

export type ActionTarget =
  | { kind: 'ask'; articleId: string; question: string }
  | { kind: 'source'; articleId: string; paragraphs: number[] }
  /** `about` is absent on the buttons of answers sent before votes carried it (they point at memory only). */
  | { kind: 'feedback'; vote: 'up' | 'down'; answerId: string; about?: { intent: Intent; articleId: string; question: string } };

const ANSWER_ID = '[A-Za-z0-9_-]{1,40}';

export function parseActionId(customId: string): ActionTarget | undefined {
  let m = new RegExp(`^ask:(${ARTICLE_ID}):(.{1,80})$`, 'su').exec(customId);
  if (m?.[1] && m[2]) return { kind: 'ask', articleId: m[1], question: m[2] };
  m = new RegExp(`^src:(${ARTICLE_ID}):(\\d{1,4}(?:\\.\\d{1,4}){0,4})$`).exec(customId);
  if (m?.[1] && m[2]) return { kind: 'source', articleId: m[1], paragraphs: m[2].split('.').map(Number) };
  m = new RegExp(`^fb:(up|down):(${ANSWER_ID}):([a-z]{1,12}):(${ARTICLE_ID}):(.{1,100})$`, 'su').exec(customId);
  if (m?.[1] && m[2] && m[3] && m[4] && m[5] && isIntent(m[3])) return { kind: 'feedback', vote: m[1] as 'up' | 'down', answerId: m[2], about: { intent: m[3], articleId: m[4], question: m[5] } };
  m = new RegExp(`^fb:(up|down):(${ANSWER_ID})$`).exec(customId);
  if (m?.[1] && m[2]) return { kind: 'feedback', vote: m[1] as 'up' | 'down', answerId: m[2] };
  return undefined;
}

/** The answer a submitted 👎 modal is about. */
export function parseNoteId(customId: string): string | undefined {
  return new RegExp(`^fbn:(${ANSWER_ID})$`).exec(customId)?.[1];
}

const button = (style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger, label: string, customId: string): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  style,
  label: ellipsis(label, LIMITS.buttonLabel),
  custom_id: customId,
});

/**
 * The rows under an answer: the suggested next questions (those whose id fits Discord's 100
 * characters), then 👍, 👎 and "¶ Source" (the cited paragraphs in full, when there are any).
 */
export function answerActions(answer: Answer, answerId: string, suggestions: readonly string[]): Payload['components'] {
  const asks = suggestions
    .map((q) => ({ q, id: askId(answer.article.id, q) }))
    .filter(({ id }) => id.length <= LIMITS.customId)
    .slice(0, LIMITS.buttonsPerRow)
    .map(({ q, id }) => button(ButtonStyle.Secondary, q, id));
  const cited = [...new Set(answer.passages.flatMap(passageParagraphs))].slice(0, 5);
  const feedback = [button(ButtonStyle.Secondary, '👍', feedbackId('up', answerId, answer)), button(ButtonStyle.Secondary, '👎', feedbackId('down', answerId, answer))];
  if (cited.length > 0) feedback.push(button(ButtonStyle.Secondary, labels(answer.language).sourceButton, sourceId(answer.article.id, cited)));
  const rows: Payload['components'] = [];
  if (asks.length > 0) rows.push({ type: ComponentType.ActionRow, components: asks });
  rows.push({ type: ComponentType.ActionRow, components: feedback });
  return rows;
}
