import { existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { writeAtomically } from '../util/files.js';
import { Lru } from '../util/lru.js';

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

/** Lines of a blocked table read together: the index holds every BLOCK-th word (60 KB for the dictionary), a lookup reads one block (some 1.6 KB). */
const BLOCK = 32;

/** The index of a blocked table, beside it. */
export const blocksFile = (file: string) => `${file}.blocks`;

/**
 * Indexes a sorted word table (`byWord`) for `BlockedWordTable`: every BLOCK-th line's word and
 * byte offset, then the file's length. Run right after the table is written, and on first use
 * if that was by an older install.
 */
export function writeBlocks(file: string): void {
  const bytes = readFileSync(file);
  const lines: string[] = [];
  let line = 0;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (line % BLOCK === 0) {
      const tab = bytes.indexOf(0x09, start);
      lines.push(`${bytes.toString('utf8', start, tab >= 0 && tab < end ? tab : end)}\t${start}`);
    }
    start = end + 1;
  }
  lines.push(`\t${bytes.length}`);
  writeAtomically(blocksFile(file), lines.join('\n') + '\n');
}

/** Indexes a table whose index is missing or older than it (an install that built the table before indexing it). */
export function ensureBlocks(file: string): void {
  if (!existsSync(blocksFile(file)) || statSync(blocksFile(file)).mtimeMs < statSync(file).mtimeMs) writeBlocks(file);
}

/**
 * A word table too large to hold whole, searched on disk: the CC-CEDICT senses table is 5.8 MB,
 * which read whole took 76 ms and 21 MB of a process asking one word. Its index (`writeBlocks`)
 * finds the block a word would be in, and that block alone is read; the words asked are kept.
 */
export class BlockedWordTable {
  private readonly cache = new Lru<string, string[] | null>(4_096);

  private constructor(
    private readonly fd: number,
    private readonly keys: string[],
    private readonly offsets: number[],
    private readonly separator: string,
  ) {}

  /** Opens a table, built first (sorted, see `byWord`) when the install step did not build it, and indexed when it was not. */
  static open(file: string, build: (file: string) => void, separator: string): BlockedWordTable {
    if (!existsSync(file)) build(file);
    ensureBlocks(file);
    const keys: string[] = [];
    const offsets: number[] = [];
    for (const line of readFileSync(blocksFile(file), 'utf8').split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      keys.push(line.slice(0, tab));
      offsets.push(Number(line.slice(tab + 1)));
    }
    return new BlockedWordTable(openSync(file, 'r'), keys, offsets, separator);
  }

  get(word: string): string[] | undefined {
    const known = this.cache.get(word);
    if (known !== undefined) return known ?? undefined;
    const found = this.read(word);
    this.cache.set(word, found ?? null);
    return found;
  }

  private read(word: string): string[] | undefined {
    // The last block whose first word is not above the word (the final entry is the end, not a block).
    let lo = 0;
    let hi = this.keys.length - 2;
    if (hi < 0 || byWord(word, this.keys[0]!) < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (byWord(this.keys[mid]!, word) <= 0) lo = mid;
      else hi = mid - 1;
    }
    const start = this.offsets[lo]!;
    const bytes = Buffer.alloc(this.offsets[lo + 1]! - start);
    readSync(this.fd, bytes, 0, bytes.length, start);
    for (const line of bytes.toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0 && line.slice(0, tab) === word) return line.slice(tab + 1).split(this.separator);
    }
    return undefined;
  }
}
