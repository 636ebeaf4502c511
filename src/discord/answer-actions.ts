import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord.js';
import type { Answer } from '../answer/types.js';
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

export function feedbackId(vote: 'up' | 'down', answerId: string): string {
  return `fb:${vote}:${answerId}`;
}

export type ActionTarget =
  | { kind: 'ask'; articleId: string; question: string }
  | { kind: 'source'; articleId: string; paragraphs: number[] }
  | { kind: 'feedback'; vote: 'up' | 'down'; answerId: string };

export function parseActionId(customId: string): ActionTarget | undefined {
  let m = new RegExp(`^ask:(${ARTICLE_ID}):(.{1,80})$`, 'su').exec(customId);
  if (m?.[1] && m[2]) return { kind: 'ask', articleId: m[1], question: m[2] };
  m = new RegExp(`^src:(${ARTICLE_ID}):(\\d{1,4}(?:\\.\\d{1,4}){0,4})$`).exec(customId);
  if (m?.[1] && m[2]) return { kind: 'source', articleId: m[1], paragraphs: m[2].split('.').map(Number) };
  m = /^fb:(up|down):([A-Za-z0-9_-]{1,40})$/.exec(customId);
  if (m?.[1] && m[2]) return { kind: 'feedback', vote: m[1] as 'up' | 'down', answerId: m[2] };
  return undefined;
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
  const cited = [...new Set(answer.passages.map((p) => p.paragraph))].slice(0, 5);
  const feedback = [button(ButtonStyle.Secondary, '👍', feedbackId('up', answerId)), button(ButtonStyle.Secondary, '👎', feedbackId('down', answerId))];
  if (cited.length > 0) feedback.push(button(ButtonStyle.Secondary, labels(answer.language).sourceButton, sourceId(answer.article.id, cited)));
  const rows: Payload['components'] = [];
  if (asks.length > 0) rows.push({ type: ComponentType.ActionRow, components: asks });
  rows.push({ type: ComponentType.ActionRow, components: feedback });
  return rows;
}
