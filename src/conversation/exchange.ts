import type { Engine } from '../answer/engine.js';
import type { Answer } from '../answer/types.js';
import { groupOf } from './group.js';
import { analysedArticle, peopleNamed } from './people.js';
import { shownSentences } from './shown.js';
import type { Exchange, ListedItem, SentenceKey } from './types.js';

/** A list the reader gave as its short answer (A、B、C or A；B): its items, when there are several. */
function listedInDirect(answer: Answer): ListedItem[] {
  const parts = answer.direct.split(/[、；;]/u).map((p) => p.trim()).filter(Boolean);
  const paragraph = answer.passages[0]?.paragraph ?? 0;
  return parts.length >= 2 ? parts.map((text) => ({ text, kind: 'event' as const, paragraph })) : [];
}

/**
 * "Who is 陈明?" / "Who is Chen Ming?": the question is nothing but the asking word and the
 * people it names, so they stay who it is about, whoever the answer names with them (王丽的丈夫).
 */
function onlyNames(asked: string, named: readonly string[]): boolean {
  if (named.length === 0) return false;
  let rest = asked.replace(/\b[A-Z][a-z']+(?:[ -][A-Z][a-z']+)*/gu, '');
  for (const name of named) rest = rest.split(name).join('');
  return rest.replace(/\b(?:who|is|was|are|were)\b|是|谁|誰|呢|啊|[?？!！。.,，\s]/giu, '') === '';
}

/**
 * What to remember of a question answered: the article, the intent, who it was about (the people
 * the question named, else the person the answer gave), the group 他们/they would stand for, what
 * it listed and which sentences it showed. `asked` is the self-contained question the engine was given.
 */
export function exchangeFrom(engine: Engine, answer: Answer, asked: string, shownBefore: readonly SentenceKey[] = []): Exchange {
  const { knowledge } = engine;
  const article = analysedArticle(knowledge, answer.article.id);
  const named = article ? peopleNamed(asked, article, knowledge) : [];
  const answered = article && answer.direct ? peopleNamed(answer.direct, article, knowledge) : [];
  const personFacts = answer.facts.filter((f) => f.kind === 'person').map((f) => f.text);
  // One person in the short answer is who the answer is about; a list of six is not one "he".
  const given = answered.length === 1 ? answered : personFacts.length === 1 ? personFacts : [];
  // "某公司董事长是谁？": the person the answer gave is who comes next, before any the question named.
  const askedWho = /谁|哪位|\bwho\b/iu.test(asked);
  const first = askedWho && !onlyNames(asked, named) ? [...given, ...named] : [...named, ...given];
  const people = [...new Set([...first, ...(named.length + given.length === 0 ? personFacts.slice(0, 1) : [])])];
  const facts = answer.facts.filter((f) => f.kind !== 'statement');
  const items: ListedItem[] =
    facts.length >= 2 ? facts.map((f) => ({ text: f.text, kind: f.kind, paragraph: f.paragraph, ...(f.detail ? { detail: f.detail } : {}) })) : listedInDirect(answer);
  // Passages quote the article as its file writes it, which the analysed article may spell otherwise.
  const written = engine.articles.find((a) => a.id === answer.article.id);
  const shown = shownSentences(written, answer, shownBefore);
  const group = groupOf(answer, asked, named, items, knowledge);
  const direct = !answer.abstained && answer.direct.trim() ? { direct: answer.direct.trim() } : {};
  return { question: asked, language: answer.language, articleId: answer.article.id, intent: answer.intent, people, ...(group ? { group } : {}), items, shown, ...direct };
}
