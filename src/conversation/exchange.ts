import type { Knowledge } from '../answer/knowledge.js';
import type { Answer } from '../answer/types.js';
import { analysedArticle, peopleNamed } from './people.js';
import type { Exchange, ListedItem } from './types.js';

/** A list the reader gave as its short answer (A、B、C or A；B): its items, when there are several. */
function listedInDirect(answer: Answer): ListedItem[] {
  const parts = answer.direct.split(/[、；;]/u).map((p) => p.trim()).filter(Boolean);
  const paragraph = answer.passages[0]?.paragraph ?? 0;
  return parts.length >= 2 ? parts.map((text) => ({ text, kind: 'event' as const, paragraph })) : [];
}

/**
 * What to remember of a question answered: the article, the intent, who it was about (the people
 * the question named, else the person the answer gave), what it listed and which paragraphs it
 * showed. `asked` is the self-contained question the engine was given.
 */
export function exchangeFrom(answer: Answer, asked: string, knowledge: Knowledge, shownBefore: readonly number[] = []): Exchange {
  const article = analysedArticle(knowledge, answer.article.id);
  const named = article ? peopleNamed(asked, article, knowledge) : [];
  const answered = article && answer.direct ? peopleNamed(answer.direct, article, knowledge) : [];
  const personFacts = answer.facts.filter((f) => f.kind === 'person').map((f) => f.text);
  // One person in the short answer is who the answer is about; a list of six is not one "he".
  const given = answered.length === 1 ? answered : personFacts.length === 1 ? personFacts : [];
  const people = [...new Set([...named, ...given, ...(named.length + given.length === 0 ? personFacts.slice(0, 1) : [])])];
  const facts = answer.facts.filter((f) => f.kind !== 'statement');
  const items: ListedItem[] =
    facts.length >= 2 ? facts.map((f) => ({ text: f.text, kind: f.kind, paragraph: f.paragraph, ...(f.detail ? { detail: f.detail } : {}) })) : listedInDirect(answer);
  const shown = [...new Set([...shownBefore, ...answer.passages.map((p) => p.paragraph), ...answer.facts.map((f) => f.paragraph)])].sort((a, b) => a - b);
  return { question: asked, language: answer.language, articleId: answer.article.id, intent: answer.intent, people, items, shown };
}
