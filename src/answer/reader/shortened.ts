import type { PreparedArticle } from './prepare.js';

/**
 * Words a question shortens that the article writes in full: 文革 for 文化大革命, 奥运会 for
 * 奥林匹克运动会, 战机 for 战斗机 — Chinese shortens a name by keeping some of its characters, in
 * order. A question word the article never writes is looked for as a word of the article that holds
 * its characters in that order, close together (at most MAX_GAP characters between two of them).
 * Only within one word of the article: across words the same characters meet by chance (国家 in
 * 法国|经济学家).
 */
const MAX_GAP = 3;

/** Each article's distinct words, once. */
const vocabularies = new WeakMap<PreparedArticle, readonly string[]>();

function vocabulary(prepared: PreparedArticle): readonly string[] {
  let words = vocabularies.get(prepared);
  if (!words) {
    const seen = new Set<string>();
    for (const sentence of prepared.sentences) for (const token of sentence.tokens) if (/^\p{Script=Han}{3,}$/u.test(token.word)) seen.add(token.word);
    vocabularies.set(prepared, (words = [...seen]));
  }
  return words;
}

/** The shortest stretch of `word` that holds the characters of `short` in order, gaps bounded; undefined if none. */
export function stretchIn(word: string, short: string): string | undefined {
  let best: string | undefined;
  for (let start = word.indexOf(short[0]!); start >= 0; start = word.indexOf(short[0]!, start + 1)) {
    let at = start;
    let ok = true;
    for (const char of short.slice(1)) {
      const next = word.indexOf(char, at + 1);
      if (next < 0 || next - at - 1 > MAX_GAP) {
        ok = false;
        break;
      }
      at = next;
    }
    // Never `short` itself: it is looked for only where the article does not write it.
    const stretch = word.slice(start, at + 1);
    if (ok && (!best || stretch.length < best.length)) best = stretch;
  }
  return best;
}

/** The article's full writing of each of the question's words it shortens (文革 → 文化大革), none for a word the article writes as is. */
export function writtenInFull(prepared: PreparedArticle, words: readonly string[]): string[] {
  const full: string[] = [];
  for (const word of new Set(words)) {
    if (!/^\p{Script=Han}{2,3}$/u.test(word) || prepared.text.includes(word)) continue;
    for (const candidate of vocabulary(prepared)) {
      const stretch = stretchIn(candidate, word);
      if (stretch) full.push(stretch);
    }
  }
  return full;
}
