import { sensesOf } from './cedict.js';
import { senseWords, stem } from './english.js';
import { isAllHan } from './script.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Senses of a word read: the dictionary lists the commonest first, and its later ones are rarer
 * uses, which would meet words of another meaning.
 */
const SENSES_READ = 3;
/** Longest sense compared, in content words: a longer one is a definition, not a synonym. */
const SENSE_WORDS = 3;

/**
 * The articles' words that mean what a word they never write means: a question's 刊登 is an
 * article's 发表 (both "to publish"), its 商家 an article's 企业 ("enterprise"), its 赶到 an article's
 * 赶赴 ("to hurry"). Two words meet when one of their first senses is the same short phrase, or
 * the same single English word alone (not a word inside a longer sense: "to publish a book" is no
 * sense of 发表). The dictionary gives senses in English, so this is the English reading's index
 * (vocabulary.ts) entered from a Chinese word. A word the articles write, or one character, is its own.
 */
export function sameSenseWords(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < 2 || !isAllHan(word) || vocabulary.has(word)) return [];
  const found = new Set<string>();
  const own = leadingSenses(sensesOf(word));
  for (const sense of own) {
    // The English reading's index finds the words with a sense of these stems; only those with this very sense are kept.
    const stems = senseWords(sense).map(stem);
    if (stems.length === 0 || stems.length > SENSE_WORDS) continue;
    const words = stems.length > 1 ? vocabulary.byPhrase(stems.join(' ')) : vocabulary.byEnglish(stems[0]!).filter((t) => t.weight === 1).map((t) => t.word);
    for (const w of words) if (!w.includes(word) && !word.includes(w) && leadingSenses(vocabulary.senses(w)).includes(sense)) found.add(w);
  }
  return [...found];
}

/**
 * A word's first senses, as written but for what the dictionary adds in brackets ("to publish (in a
 * newspaper)" is "to publish"): compared whole, so that a verb ("to direct") meets no adjective
 * ("direct") and "for a time" no "time". A sense that denies or points (not to accept, this
 * matter) is left out: its content words alone would say another thing.
 */
function leadingSenses(all: readonly string[] | undefined): string[] {
  const senses: string[] = [];
  for (const sense of all?.slice(0, SENSES_READ) ?? []) {
    // …and without a leading article: 志工's "(Tw) a volunteer" is 志愿者's "volunteer".
    const bare = sense.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ').toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^(?:a|an|the) /u, '');
    if (bare && !DENIES_OR_POINTS.test(bare)) senses.push(bare);
  }
  return senses;
}

/** English words that deny or point at what the rest of a sense names. */
const DENIES_OR_POINTS = /\b(?:not|no|non|never|without|this|that|these|those|other|another|same|such)\b/u;
