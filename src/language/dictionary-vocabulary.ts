import type { Lexicon } from './cedict.js';
import { isAllHan } from './script.js';
import { indexSenses, type Translation, type Vocabulary } from './vocabulary.js';

/**
 * Every word of the dictionary reachable from English, as `buildVocabulary` makes the articles' own
 * words reachable: for reading a question before its articles are known (which ones to fetch from a
 * database). Built on the first English word that needs it (1.5 s and 27 MB of heap when measured
 * once here), then kept.
 *
 * Nothing is reachable by pinyin or by sound: across the whole dictionary a spelling names many
 * words (shixian is 实现, 时限 and 事先), and a person's name is in no dictionary. The engine built over
 * the fetched articles reads those against the articles' own words.
 */
export function dictionaryVocabulary(lexicon: () => Lexicon): Vocabulary {
  let senses: { english: Map<string, Translation[]>; phrases: Map<string, string[]> } | undefined;
  const indexed = () => {
    if (!senses) {
      const full = lexicon();
      senses = { english: new Map(), phrases: new Map() };
      for (const word of full.keys()) if (word.length >= 2 && isAllHan(word)) indexSenses(word, full, senses.english, senses.phrases);
    }
    return senses;
  };
  return {
    has: (word) => lexicon().has(word),
    byPinyin: () => [],
    byEnglish: (stemmed) => indexed().english.get(stemmed) ?? [],
    byPhrase: (stems) => indexed().phrases.get(stems) ?? [],
    bySound: () => [],
  };
}
