import { cutForSearch } from '../language/segmenter.js';
import { CHINESE_STOPWORDS } from '../language/stopwords.js';

/** Han character bigrams: where jieba cuts a name differently in two places, its bigrams still meet. */
export function hanBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) continue;
    for (let i = 0; i + 2 <= run.length; i++) grams.push(run.slice(i, i + 2));
  }
  return grams;
}

/** Search-mode words worth indexing: no punctuation, no function words, Latin lower-cased. */
export function searchWords(text: string, segmented: readonly string[] = cutForSearch(text)): string[] {
  const words: string[] = [];
  for (const raw of segmented) {
    const word = raw.trim().toLowerCase();
    if (!word || /^[\p{P}\p{S}\s]+$/u.test(word) || CHINESE_STOPWORDS.has(word)) continue;
    // One- and two-character Han words are already among the bigrams; indexing them twice would
    // double their weight and the index's size.
    if (/^\p{Script=Han}{1,2}$/u.test(word)) continue;
    words.push(word);
  }
  return words;
}

/** The terms one text is indexed (and a query searched) under: words + bigrams. */
export function indexTerms(text: string, segmented?: readonly string[]): string[] {
  return [...searchWords(text, segmented), ...hanBigrams(text)];
}

/**
 * The terms a text must share with a sentence that contains it: bigrams (and Latin or digit
 * tokens), not longer words, since jieba may have cut the text differently where it stands.
 */
export function containedTerms(text: string): string[] {
  return [...new Set(indexTerms(text).filter((t) => !/^\p{Script=Han}{3,}$/u.test(t)))];
}
