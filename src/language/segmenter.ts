import nodejieba from 'nodejieba';
import { dictionaryFiles } from './jieba-dict.js';

/**
 * jieba, loaded once per process. Loading its dictionary is the slowest step of start-up
 * (about a second), so it happens on first use, not at import.
 */
let loaded = false;
/** Words taught at load, with the tag they were taught with. */
const inserted = new Map<string, string>();

function ensureLoaded(): void {
  if (loaded) return;
  nodejieba.load(dictionaryFiles());
  loaded = true;
}

/** Precise-mode cut: the words a reader would see. */
export function cutWords(text: string): string[] {
  ensureLoaded();
  return nodejieba.cut(text);
}

/** Search-mode cut: long words also yield their dictionary sub-words (张江科学城 → 张江, 科学城). */
export function cutForSearch(text: string): string[] {
  ensureLoaded();
  return nodejieba.cutForSearch(text);
}

export function tagWords(text: string): { word: string; tag: string }[] {
  ensureLoaded();
  // nodejieba tags a taught word x whatever tag it was given: put the taught tag back (a name stays nr).
  return nodejieba.tag(text).map((t) => (t.tag === 'x' && inserted.has(t.word) ? { word: t.word, tag: inserted.get(t.word)! } : t));
}

/**
 * Keeps an entity found in an article whole from now on. jieba cuts an unknown name whole in one
 * sentence and character by character in a list of names; teaching it the name makes both agree.
 */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  ensureLoaded();
  for (const word of words) {
    if (word.length < 2 || inserted.has(word)) continue;
    nodejieba.insertWord(word, tag);
    inserted.set(word, tag);
  }
}
