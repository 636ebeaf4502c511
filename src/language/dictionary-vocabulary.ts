import type { Lexicon } from './cedict.js';
import { isAllHan } from './script.js';
import { indexSenses, type Translation, type Vocabulary } from './vocabulary.js';

/** The dictionary's vocabulary, which can also be built ahead of the first English word that needs it. */
export interface DictionaryVocabulary extends Vocabulary {
  /**
   * Builds the index now, a slice of the dictionary's words at a time with the event loop let run
   * between slices (a bot keeps answering meanwhile). A lookup before it ends builds the rest at
   * once; the index is the same either way.
   */
  warm(): Promise<void>;
}

/** Dictionary words indexed between two turns of the event loop while warming: about 20 ms of work here. */
const WARM_SLICE = 5_000;

/**
 * Every word of the dictionary reachable from English, as `buildVocabulary` makes the articles' own
 * words reachable: for reading a question before its articles are known (which ones to fetch from a
 * database). Built on the first English word that needs it (1.5 s and 27 MB of heap when measured
 * once here), or ahead of it by `warm()`, then kept.
 *
 * Nothing is reachable by pinyin, by sound or by a single character: across the whole dictionary a spelling names many
 * words (shixian is 实现, 时限 and 事先), and a person's name is in no dictionary. The engine built over
 * the fetched articles reads those against the articles' own words.
 */
export function dictionaryVocabulary(lexicon: () => Lexicon): DictionaryVocabulary {
  let senses: { english: Map<string, Translation[]>; phrases: Map<string, string[]> } | undefined;
  let full: Lexicon | undefined;
  // The dictionary's words not indexed yet; undefined before the start and once all are.
  let left: Iterator<string> | undefined;
  const begin = () => {
    if (senses) return;
    full = lexicon();
    senses = { english: new Map(), phrases: new Map() };
    left = full.keys();
  };
  /** Indexes up to `count` more words; true once every word is. */
  const step = (count: number): boolean => {
    for (let i = 0; left && i < count; i++) {
      const next = left.next();
      if (next.done) left = undefined;
      else if (next.value.length >= 2 && isAllHan(next.value)) indexSenses(next.value, full!, senses!.english, senses!.phrases);
    }
    return left === undefined;
  };
  const indexed = () => {
    begin();
    step(Infinity);
    return senses!;
  };
  return {
    has: (word) => lexicon().has(word),
    senses: (word) => lexicon().get(word),
    byPinyin: () => [],
    byEnglish: (stemmed) => indexed().english.get(stemmed) ?? [],
    byPhrase: (stems) => indexed().phrases.get(stems) ?? [],
    bySound: () => [],
    byCantonese: () => [],
    // A character (窑) is in too many of the dictionary's words to say which articles to fetch.
    byCharacter: () => [],
    byHead: () => [],
    bySpelling: () => [],
    bySurname: () => [],
    async warm() {
      begin();
      while (!step(WARM_SLICE)) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
