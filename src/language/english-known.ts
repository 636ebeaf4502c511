import type { Lexicon } from './cedict.js';

/**
 * Every English word the dictionary uses, and whether it is a name (always capitalised there:
 * Tianjin, Shanghai) or a common word. Tells an English name the article lacks ("any Tianjin
 * officials?") from an ordinary word it merely words differently.
 */
export function englishKnownWords(lexicon: Lexicon): (word: string) => 'proper' | 'common' | undefined {
  let proper: Set<string> | undefined;
  let common: Set<string> | undefined;
  const build = () => {
    proper = new Set();
    common = new Set();
    for (const senses of lexicon.values()) {
      for (const sense of senses) {
        for (const token of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
          const word = token.toLowerCase().replace(/['’-]/g, '');
          if (/^[A-Z]/.test(token)) proper.add(word);
          else common.add(word);
        }
      }
    }
  };
  return (word) => {
    if (!proper || !common) build();
    if (common!.has(word)) return 'common';
    return proper!.has(word) ? 'proper' : undefined;
  };
}
