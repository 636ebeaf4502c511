import { pick, sentencePassage, type AskContext, type Draft } from '../draft.js';
import type { Article, Paragraph } from '../../article/types.js';
import type { Passage } from '../types.js';

/** A lead has at least this many letters: a byline (记者 王文) or a dateline alone is shorter. */
const LEAD_LETTERS = 30;

/**
 * The lead: the first paragraph that reads as a sentence of the story, not a byline, an editor's
 * credit or a photo caption. A news report puts who, what, when and where there (the inverted
 * pyramid), so it is the article's own summary.
 */
export function leadParagraph(article: Article): Paragraph | undefined {
  const reads = (p: Paragraph) => (p.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= LEAD_LETTERS && /[，。！？,]/u.test(p.text);
  return article.paragraphs.find(reads) ?? article.paragraphs[0];
}

/**
 * What the article is about: its lead's first sentences, then its headline (and 原标题) cited as
 * ¶0, and the things done in it (documents signed, places visited).
 */
export function respondSummary(context: AskContext): Draft {
  const { article, facts, language } = context;
  const headline = [article.title, article.subtitle].filter(Boolean).join(' — ');
  const passages: Passage[] = [];
  const lead = leadParagraph(article);
  if (lead) passages.push(sentencePassage(article, lead.n, lead.sentences.map((_, i) => i).slice(0, 2), 1));
  passages.push({ articleId: article.id, paragraph: 0, text: article.subtitle ?? article.title, score: 1, matched: [] });
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
