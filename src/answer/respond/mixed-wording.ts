import { foldText } from '../../language/fold.js';
import type { Concept } from '../concepts.js';
import type { Understood } from '../understand.js';
import { ASKING_WORDS, ENGLISH_MEASURES } from '../reader/answer-types.js';
import { singularOf } from '../reader/analyse.js';

/**
 * A question written in Chinese with English words in it (多少只 mice, 哪个 prosecutor 机关), put in
 * the article's words: each English word or phrase the article writes a way of is replaced by that
 * way (the surest, then the longest), so the question is read as the Chinese it stands for — what is
 * counted after 多少只, which thing 哪个 asks, what the article lacks. A word the article writes no
 * way of stays as typed. A question with no Chinese asking word is left alone: it is read as English.
 */
export function inArticleWording(text: string, understood: Understood, articleText: string): string {
  // Asked in Chinese (几家 supermarkets, however long the English word): an English question with a
  // Chinese name in it (Who is 周明远?) asks in English.
  if (!ASKING_WORDS.test(text) || !/[A-Za-z]/u.test(text)) return text;
  // The unit a figure is asked in first: "minutes" is no word of the article to look for (详细).
  let worded = inChineseUnits(text);
  for (const concept of understood.concepts) {
    if (!/^[A-Za-z][A-Za-z\s'-]*$/u.test(concept.label)) continue;
    // Only a way all in Chinese takes an English word's place in a Chinese question.
    const way = waysWritten(concept, articleText).filter((w) => /^\p{Script=Han}+$/u.test(w.word)).sort((a, b) => b.weight - a.weight || b.word.length - a.word.length)[0];
    if (way === undefined) continue;
    const typed = new RegExp(`(?<![A-Za-z])${concept.label.replace(/\s+/gu, '\\s+')}(?![A-Za-z])`, 'iu');
    // Two English words of one Chinese word (occupancy rate → 上座率, 上座率) stand for it once.
    worded = worded.replace(typed, way.word).replace(new RegExp(`${way.word}\\s*${way.word}`, 'u'), (twice) => (text.includes(twice) ? twice : way.word));
  }
  // The spaces that stood between the English and the Chinese words go with the English.
  return worded.replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

/** The ways the article writes a concept of the question (folded, in Chinese), each once with its surest weight. */
export function waysWritten(concept: Concept, articleText: string): { word: string; weight: number }[] {
  const ways = new Map<string, number>();
  for (const a of concept.alternatives) {
    const word = foldText(a.word);
    if (/\p{Script=Han}/u.test(word) && articleText.includes(word)) ways.set(word, Math.max(ways.get(word) ?? 0, a.weight));
  }
  return [...ways].map(([word, weight]) => ({ word, weight }));
}

/** A counting word and the English unit after it (几个 hours, 多少 km). */
const COUNTED_IN_ENGLISH = /(几|多少)(个)?\s*([A-Za-z]+)(?![A-Za-z])/gu;

/**
 * 几个 hours as 几个小时: the unit a figure is asked in is put in Chinese even where the article writes
 * it nowhere, since it is the form of the answer (a count of 个 is no length of time), not a word to
 * look for.
 */
function inChineseUnits(text: string): string {
  return text.replace(COUNTED_IN_ENGLISH, (typed, asking: string, measure: string | undefined, word: string) => {
    const lower = word.toLowerCase();
    const unit = ENGLISH_MEASURES[lower] ?? ENGLISH_MEASURES[singularOf(lower)];
    if (unit === undefined) return typed;
    return asking + (measure && unit === '小时' ? measure : '') + unit;
  });
}
