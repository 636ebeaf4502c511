import type { Article, Paragraph } from '../article/types.js';
import { passageParagraphs } from '../answer/cited.js';
import type { Answer, Fact, Passage } from '../answer/types.js';
import type { SentenceKey } from './types.js';

/**
 * What a reply showed, sentence by sentence: a speaker's second sentence often sits in the same
 * paragraph as the first ("他还说了什么？" after one sentence of a paragraph of two), so paragraphs
 * are too coarse to say what is left.
 */

const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0…]+/gu, '');

export function sentenceKey(paragraph: number, sentence: number): SentenceKey {
  return `${paragraph}.${sentence}`;
}

/** The sentences of a paragraph a passage quotes; all of them when it quotes none whole (a rewritten quote). */
export function sentencesOfPassage(paragraph: Paragraph, text: string): number[] {
  const quoted = squeeze(text);
  const held = paragraph.sentences.flatMap((s, i) => (squeeze(s) && quoted.includes(squeeze(s)) ? [i] : []));
  return held.length > 0 ? held : paragraph.sentences.map((_, i) => i);
}

/** The sentences of its paragraph a fact stands in (its opening, as facts may be trimmed); all when none holds it. */
function sentencesOfFact(paragraph: Paragraph, fact: Fact): number[] {
  const probe = squeeze(fact.text).slice(0, 12);
  const held = paragraph.sentences.flatMap((s, i) => (probe && squeeze(s).includes(probe) ? [i] : []));
  return held.length > 0 ? held : paragraph.sentences.map((_, i) => i);
}

/** Every sentence an answer quoted or cited, added to those shown before. */
export function shownSentences(article: Article | undefined, answer: Answer, before: readonly SentenceKey[] = []): SentenceKey[] {
  const shown = new Set(before);
  const paragraph = (n: number) => article?.paragraphs.find((p) => p.n === n);
  for (const passage of answer.passages) {
    for (const n of passageParagraphs(passage)) {
      const p = paragraph(n);
      if (p) for (const i of sentencesOfPassage(p, passage.text)) shown.add(sentenceKey(p.n, i));
    }
  }
  for (const fact of answer.facts) {
    const p = paragraph(fact.paragraph);
    if (p) for (const i of sentencesOfFact(p, fact)) shown.add(sentenceKey(p.n, i));
  }
  return [...shown];
}

/** Whether a fact was shown: a sentence holding it was. */
export function factShown(article: Article, fact: Fact, shown: ReadonlySet<SentenceKey>): boolean {
  const p = article.paragraphs.find((x) => x.n === fact.paragraph);
  return p ? sentencesOfFact(p, fact).some((i) => shown.has(sentenceKey(p.n, i))) : false;
}

/**
 * A passage without the sentences already shown (undefined when nothing is left); one running over
 * a paragraph break keeps the paragraphs something is left of.
 */
export function passageUnshown(article: Article, passage: Passage, shown: ReadonlySet<SentenceKey>): Passage | undefined {
  const paragraphs = passageParagraphs(passage).flatMap((n) => article.paragraphs.find((x) => x.n === n) ?? []);
  if (paragraphs.length === 0) return passage;
  const quoted = paragraphs.map((p) => ({ p, sentences: sentencesOfPassage(p, passage.text) }));
  const left = quoted.map(({ p, sentences }) => ({ p, sentences: sentences.filter((i) => !shown.has(sentenceKey(p.n, i))) })).filter((x) => x.sentences.length > 0);
  const count = (parts: readonly { sentences: readonly number[] }[]) => parts.reduce((n, x) => n + x.sentences.length, 0);
  if (count(left) === count(quoted)) return passage;
  if (left.length === 0) return undefined;
  const unshown: Passage = { ...passage, paragraph: left[0]!.p.n, text: left.map(({ p, sentences }) => sentences.map((i) => p.sentences[i]).join('')).join('') };
  const last = left[left.length - 1]!.p.n;
  if (last !== unshown.paragraph) unshown.through = last;
  else delete unshown.through;
  return unshown;
}
