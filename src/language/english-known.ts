import { join } from 'node:path';
import { writeAtomically } from '../util/files.js';
import { Lru } from '../util/lru.js';
import { cacheDir } from '../util/paths.js';
import type { Lexicon } from './cedict.js';
import { byWord, SortedWordTable } from './word-table.js';

export type EnglishKind = 'proper' | 'common';

/** Sorted by word, to be searched in place (word-table.ts); the name says so, so that an unsorted table of an older install is never read. */
export const englishWordsFile = join(cacheDir, 'cedict-english.sorted.tsv');

/**
 * Every English word the dictionary uses, and whether it is a name (always capitalised there:
 * Hangzhou, Shanghai) or a common word. Tells an English name the article lacks ("any Hangzhou
 * officials?") from an ordinary word it merely words differently.
 */
export function buildEnglishWords(lexicon: Lexicon, target = englishWordsFile): void {
  const proper = new Set<string>();
  const common = new Set<string>();
  for (const senses of lexicon.values()) {
    for (const sense of senses) {
      for (const token of sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
        const word = token.toLowerCase().replace(/['’-]/g, '');
        if (/^[A-Z]/.test(token)) proper.add(word);
        else common.add(word);
      }
    }
  }
  const kinds: [string, 'c' | 'p'][] = [...[...common].map((w): [string, 'c'] => [w, 'c']), ...[...proper].filter((w) => !common.has(w)).map((w): [string, 'p'] => [w, 'p'])];
  const lines = kinds.sort(([a], [b]) => byWord(a, b)).map(([w, kind]) => `${w}\t${kind}`);
  writeAtomically(target, lines.join('\n') + '\n');
}

/** How many words' kinds `englishKnownWords` keeps. */
const KNOWN_KEPT = 10_000;

/** Looks a word up in the table, read on the first English word that needs it. */
export function englishKnownWords(fullLexicon: () => Lexicon): (word: string) => EnglishKind | undefined {
  let table: SortedWordTable | undefined;
  // A question asks of the same word several times (is it a name? a common word?), and the table is
  // searched each time: the answers are kept, for the few hundred words questions use.
  const known = new Lru<string, EnglishKind | null>(KNOWN_KEPT);
  return (word) => {
    const kept = known.get(word);
    if (kept !== undefined) return kept ?? undefined;
    table ??= SortedWordTable.read(englishWordsFile, (file) => buildEnglishWords(fullLexicon(), file), ' ');
    const found = table.get(word)?.[0];
    return known.set(word, found === undefined ? null : found === 'p' ? 'proper' : 'common') ?? undefined;
  };
}
