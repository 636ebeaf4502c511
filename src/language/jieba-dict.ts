import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';

/**
 * jieba's dictionary, trimmed. The full one (349k words) takes ~0.75 s and ~250 MB to load; the
 * 137k words seen at least 5 times in jieba's corpus take about a third of both and cut news text
 * the same way — the rarer words are mostly long names and idioms, which the index's bigrams and
 * the names taught at load cover anyway. The keyword-extraction tables are never used, so they are
 * replaced by one-line files.
 */
export const MIN_FREQUENCY = 10;

const require = createRequire(import.meta.url);
const jiebaDir = join(dirname(require.resolve('nodejieba')), 'submodules', 'cppjieba', 'dict');

export const fullDictionary = join(jiebaDir, 'jieba.dict.utf8');
/** A word counted at least this often in jieba's corpus is common Chinese: its absence from an article says little. */
export const COMMON_FREQUENCY = 3000;

export const trimmedFiles = {
  dict: join(cacheDir, `jieba.min${MIN_FREQUENCY}.dict.utf8`),
  /** The same lines sorted by word, to find which of its words a text holds (see dictionary-subset.ts). */
  sorted: join(cacheDir, `jieba.min${MIN_FREQUENCY}.sorted.utf8`),
  /** What jieba computes over the whole dictionary and a subset must keep (see DictionaryStats). */
  stats: join(cacheDir, `jieba.min${MIN_FREQUENCY}.stats.json`),
  common: join(cacheDir, `jieba.common${COMMON_FREQUENCY}.txt`),
  idfDict: join(cacheDir, 'jieba.idf.utf8'),
  stopWordDict: join(cacheDir, 'jieba.stop.utf8'),
};

export function trimmedDictionaryIsFresh(): boolean {
  return Object.values(trimmedFiles).every((f) => existsSync(f)) && statSync(trimmedFiles.dict).mtimeMs >= statSync(fullDictionary).mtimeMs;
}

export function buildTrimmedDictionary(): void {
  const frequencyOf = (line: string) => Number(line.split(' ')[1]);
  const kept = readFileSync(fullDictionary, 'utf8')
    .split('\n')
    .filter((line) => frequencyOf(line) >= MIN_FREQUENCY);
  writeAtomically(trimmedFiles.dict, kept.join('\n') + '\n');
  const wordOf = (line: string) => line.slice(0, line.indexOf(' '));
  const sorted = kept.map((line) => [wordOf(line), line] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  writeAtomically(trimmedFiles.sorted, sorted.map(([, line]) => line).join('\n') + '\n');
  writeAtomically(trimmedFiles.stats, JSON.stringify(statsOf(kept.map(frequencyOf))) + '\n');
  const common = kept.filter((line) => frequencyOf(line) >= COMMON_FREQUENCY).map((line) => line.split(' ')[0]);
  writeAtomically(trimmedFiles.common, common.join('\n') + '\n');
  // cppjieba asserts these files are not empty.
  writeAtomically(trimmedFiles.idfDict, '的 1.0\n');
  writeAtomically(trimmedFiles.stopWordDict, '的\n');
}

/**
 * What cppjieba derives from the whole dictionary when it loads it (DictTrie.hpp): each word's weight
 * is log(frequency / sum of all frequencies); a character no word covers weighs the smallest weight;
 * a taught word weighs the median one. A subset of the dictionary gives the same cuts only if it keeps
 * all three.
 */
export interface DictionaryStats {
  words: number;
  sum: number;
  min: number;
  /** The frequency at index ⌊n/2⌋ of all frequencies sorted, as cppjieba takes its median. */
  median: number;
}

export function statsOf(frequencies: readonly number[]): DictionaryStats {
  const sorted = [...frequencies].sort((a, b) => a - b);
  return { words: sorted.length, sum: sorted.reduce((s, f) => s + f, 0), min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

/** The files to load jieba from: the trimmed set, built on first use when the install step did not. */
export function dictionaryFiles(): typeof trimmedFiles {
  if (!trimmedDictionaryIsFresh()) buildTrimmedDictionary();
  return trimmedFiles;
}
