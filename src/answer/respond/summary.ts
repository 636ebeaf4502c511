import { pick, sentencePassage, type AskContext, type Draft } from '../draft.js';
import type { Passage } from '../types.js';

/**
 * What the article is about: its headline (and 原标题), its lead, and the things done in it
 * (documents signed, places visited). The headline is cited as ¶0.
 */
export function respondSummary(context: AskContext): Draft {
  const { article, facts, language } = context;
  const headline = [article.title, article.subtitle].filter(Boolean).join(' — ');
  const passages: Passage[] = [{ articleId: article.id, paragraph: 0, text: article.subtitle ?? article.title, score: 1, matched: [] }];
  const lead = article.paragraphs[0];
  if (lead) passages.push(sentencePassage(article, lead.n, lead.sentences.map((_, i) => i).slice(0, 2), 1));
  const done = [
    ...facts.agreements.map((a) => ({ kind: 'agreement' as const, text: a.text, paragraph: a.paragraph, detail: a.verb })),
    ...facts.visits.map((v) => ({ kind: 'place' as const, text: v.text, paragraph: v.paragraph, detail: v.verb })),
  ];
  return {
    headline: pick(language, `概要：${headline}`, `In short: ${headline}`),
    direct: '',
    facts: done,
    passages,
  };
}
