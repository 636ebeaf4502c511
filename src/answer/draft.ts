import type { Article } from '../article/types.js';
import type { ArticleFacts } from './facts/types.js';
import type { Knowledge } from './knowledge.js';
import type { SentenceDoc } from '../search/types.js';
import type { RankedSentence } from './retrieve.js';
import type { Fact, Language, Passage } from './types.js';
import type { Understood } from './understand.js';

/** What a responder has to work with for one question about one article. */
export interface AskContext {
  knowledge: Knowledge;
  understood: Understood;
  article: Article;
  facts: ArticleFacts;
  language: Language;
  /** The short answer an earlier question of the same message was given from this article, as the reader reads it. */
  earlier?: string;
}

/** A responder's answer before it is composed into an `Answer` (text budget, citations). */
export interface Draft {
  headline: string;
  direct: string;
  facts: Fact[];
  passages: Passage[];
  abstained?: boolean;
}

/** A refusal: what the reply says, and nothing quoted. */
export function refusal(headline: string): Draft {
  return { headline, direct: '', facts: [], passages: [], abstained: true };
}

export function sentencePassage(article: Article, paragraph: number, sentences: readonly number[], score: number, matched: string[] = []): Passage {
  return quotedPassage(article, [{ paragraph, sentences }], score, matched);
}

/** Sentences of one paragraph, or of paragraphs in a row, that a passage quotes. */
export interface QuotedPart {
  paragraph: number;
  sentences: readonly number[];
}

/**
 * One passage quoting sentences of one paragraph or of several in a row (an answer running on over a
 * paragraph break), cited ¶n or ¶n–m. A gap between quoted sentences is marked, so a reader never
 * takes two sentences as one; a quotation going straight on over a break needs no mark.
 */
export function quotedPassage(article: Article, parts: readonly QuotedPart[], score: number, matched: string[] = []): Passage {
  let text = '';
  let previous: { sentence: number; last: boolean } | undefined;
  for (const part of parts) {
    const source = article.paragraphs.find((p) => p.n === part.paragraph);
    const order = [...new Set(part.sentences)].sort((a, b) => a - b);
    order.forEach((i, k) => {
      const straightOn = previous && (k > 0 ? i === previous.sentence + 1 : previous.last && i === 0);
      text += (previous && !straightOn ? '……' : '') + (source?.sentences[i] ?? '');
      previous = { sentence: i, last: source !== undefined && i === source.sentences.length - 1 };
    });
  }
  const first = parts[0]?.paragraph ?? 0;
  const last = parts[parts.length - 1]?.paragraph ?? first;
  return { articleId: article.id, paragraph: first, ...(last !== first ? { through: last } : {}), text, score: Math.round(score * 1000) / 1000, matched };
}

export function rankedPassage(article: Article, ranked: RankedSentence): Passage {
  return sentencePassage(article, ranked.doc.paragraph, [ranked.doc.sentence], ranked.score, ranked.matched);
}

/** Passages for listed facts: each sentence they stand in, once, in article order. */
export function passagesOf(article: Article, places: readonly { paragraph: number; sentence: number }[]): Passage[] {
  const seen = new Set<string>();
  const passages: Passage[] = [];
  for (const place of places) {
    const key = `${place.paragraph}:${place.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    passages.push(sentencePassage(article, place.paragraph, [place.sentence], 1));
  }
  return passages;
}

/** The sentences a speaker said in the article, as the index holds them, in order. */
export function statementDocs(context: AskContext, speaker: string): SentenceDoc[] {
  const { facts, knowledge, article } = context;
  return facts.statements
    .filter((s) => s.speaker === speaker)
    .map((s) => knowledge.index.docAt(article.id, s.paragraph, s.sentence))
    .filter((d): d is SentenceDoc => d !== undefined);
}

export function pick<T>(language: Language, zh: T, en: T): T {
  return language === 'zh' ? zh : en;
}

/** Ranked sentences as passages, one per paragraph, in the order of each paragraph's best sentence. */
export function mergeByParagraph(article: Article, ranked: readonly RankedSentence[]): Passage[] {
  const groups = new Map<number, RankedSentence[]>();
  for (const r of ranked) {
    const group = groups.get(r.doc.paragraph);
    if (group) group.push(r);
    else groups.set(r.doc.paragraph, [r]);
  }
  return [...groups.values()].map((group) =>
    sentencePassage(
      article,
      group[0]!.doc.paragraph,
      group.map((r) => r.doc.sentence),
      group[0]!.score,
      [...new Set(group.flatMap((r) => r.matched))],
    ),
  );
}
