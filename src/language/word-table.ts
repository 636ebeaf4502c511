import { existsSync, readFileSync } from 'node:fs';

/**
 * A dictionary reduced at install time to one line a word, `word<TAB>values` (the CC-CEDICT senses
 * table, the WordNet synonyms table): read back as word → values, and built first if the install
 * step did not build it.
 */
export function readWordTable(file: string, build: (file: string) => void, separator: string): Map<string, string[]> {
  if (!existsSync(file)) build(file);
  const table = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).split(separator));
  }
  return table;
}

/** Orders words as the search below compares them (UTF-16 code units), for a table written to be searched. */
export function byWord(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A word table (`word<TAB>values`, one line a word) written sorted by word, searched in place: the
 * few words a question looks up are found by binary search over the text as read. Split into a Map
 * instead, WordNet's 1.4 MB table took some 65 ms and the English word list some 50 ms, on the first
 * English question of every process.
 */
export class SortedWordTable {
  constructor(
    private readonly text: string,
    private readonly separator: string,
  ) {}

  /** Reads a table, built first (sorted, see `byWord`) when the install step did not build it. */
  static read(file: string, build: (file: string) => void, separator: string): SortedWordTable {
    if (!existsSync(file)) build(file);
    return new SortedWordTable(readFileSync(file, 'utf8'), separator);
  }

  get(word: string): string[] | undefined {
    const { text } = this;
    // lo and hi are line starts: every line before lo sorts below the word, every one from hi above it.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const eol = text.indexOf('\n', mid);
      const end = eol < 0 ? text.length : eol;
      const tab = text.indexOf('\t', start);
      const key = text.slice(start, tab >= 0 && tab < end ? tab : end);
      if (key === word) return tab >= 0 && tab < end ? text.slice(tab + 1, end).split(this.separator) : [];
      if (key < word) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }
}
