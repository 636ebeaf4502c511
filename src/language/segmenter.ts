import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { SortedDictionary, subsetDictionary } from './dictionary-subset.js';
import { dictionaryFiles, type DictionaryStats } from './jieba-dict.js';

/**
 * jieba, loaded with the part of its dictionary the texts at hand need. Loading the whole dictionary
 * is the slowest step of start-up (over half a second here, since nodejieba parses it twice: once more
 * for a keyword extractor wenda never calls). jieba cuts a text from the dictionary words found in it
 * and nothing else, so every text is first covered — its dictionary words loaded, with the whole
 * dictionary's weights (`subsetDictionary`) — and then cut exactly as the whole dictionary would cut
 * it. A text bringing words not loaded yet reloads the part (some 30 ms here, once for those words);
 * a process that keeps meeting new words (a training run, a library of many articles) loads the whole
 * dictionary once and stops looking. A bot of a few articles also keeps some 70 MB less in memory.
 */
type Loaded = { kind: 'none' } | { kind: 'part'; lines: Set<number>; loads: number } | { kind: 'whole' };
let loaded: Loaded = { kind: 'none' };
/** Words taught at load, with the tag they were taught with: taught again after every reload. */
const inserted = new Map<string, string>();
/** Texts already covered, so the same sentence cut three ways is checked once. */
const covered = new Set<string>();
const COVERED_KEPT = 20_000;
/** Past this many words or reloads, the process keeps meeting new words: the whole dictionary, once. */
const WHOLE_AT_WORDS = 30_000;
const WHOLE_AT_LOADS = 32;
/** Texts this long together are many articles: load the whole dictionary instead of looking. */
const WHOLE_AT_CHARACTERS = 400_000;

let sorted: SortedDictionary | undefined;
let stats: DictionaryStats | undefined;

/** jieba's dictionary sorted by word, read on first use. */
function sortedDictionary(): SortedDictionary {
  sorted ??= new SortedDictionary(dictionaryFiles().sorted);
  return sorted;
}

function jiebaFiles(dict: string) {
  const files = dictionaryFiles();
  return { dict, idfDict: files.idfDict, stopWordDict: files.stopWordDict };
}

/** Loads the whole (trimmed) dictionary for the rest of the process. */
export function loadWholeDictionary(): void {
  if (loaded.kind === 'whole') return;
  nodejieba.load(jiebaFiles(dictionaryFiles().dict));
  loaded = { kind: 'whole' };
  teachAgain();
  covered.clear();
}

/** Which dictionary jieba has now: none yet, the part the texts so far need, or the whole. */
export function loadedDictionary(): Loaded['kind'] {
  return loaded.kind;
}

function loadPart(lines: Set<number>, loads: number): void {
  const text = lines.size <= WHOLE_AT_WORDS && loads <= WHOLE_AT_LOADS ? subsetDictionary([...lines].map((i) => sortedDictionary().line(i)), stats!) : undefined;
  if (text === undefined) return loadWholeDictionary();
  const file = join(tmpdir(), `wenda-jieba-${process.pid}-${loads}.dict.utf8`);
  try {
    writeFileSync(file, text);
  } catch {
    // No writable temporary folder: the whole dictionary needs none.
    return loadWholeDictionary();
  }
  try {
    nodejieba.load(jiebaFiles(file));
  } finally {
    rmSync(file, { force: true });
  }
  loaded = { kind: 'part', lines, loads };
  teachAgain();
}

function teachAgain(): void {
  for (const [word, tag] of inserted) nodejieba.insertWord(word, tag);
}

/** Makes sure jieba has every dictionary word of `texts` before they are cut. */
export function coverTexts(texts: readonly string[]): void {
  if (loaded.kind === 'whole') return;
  const fresh = texts.filter((t) => !covered.has(t));
  if (fresh.length === 0 && loaded.kind === 'part') return;
  if (fresh.reduce((n, t) => n + t.length, 0) > WHOLE_AT_CHARACTERS) return loadWholeDictionary();
  const files = dictionaryFiles();
  const dictionary = sortedDictionary();
  stats ??= JSON.parse(readFileSync(files.stats, 'utf8')) as DictionaryStats;
  const lines = loaded.kind === 'part' ? loaded.lines : commonLines(dictionary, files.common);
  const before = loaded.kind === 'part' ? lines.size : -1;
  for (const text of fresh) dictionary.wordsIn(text, lines);
  if (lines.size !== before) loadPart(lines, loaded.kind === 'part' ? loaded.loads + 1 : 1);
  if (loaded.kind !== 'part') return;
  if (covered.size + fresh.length > COVERED_KEPT) covered.clear();
  for (const text of fresh) covered.add(text);
}

/** Common words (the questions' own: 什么, 哪里, 多少 …) are loaded from the start. */
function commonLines(dictionary: SortedDictionary, commonFile: string): Set<number> {
  const lines = new Set<number>();
  for (const word of readFileSync(commonFile, 'utf8').split('\n')) {
    const i = word ? dictionary.indexOf(word) : undefined;
    if (i !== undefined) lines.add(i);
  }
  return lines;
}

function ensureCovers(text: string): void {
  if (loaded.kind !== 'whole') coverTexts([text]);
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * nodejieba's cut and search-mode cut return Latin letters and digits one character at a time
 * (GDP → G/D/P, 2019 → 2/0/1/9, 6.8 → 6/./8), where its tagger keeps them whole: put each run of
 * letters and digits (with a decimal point between digits) back together, so that a number or an
 * acronym is one word to the index and to the questions, not a handful of characters found everywhere.
 */
export function joinAsciiRuns(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const last = out[out.length - 1];
    if (last !== undefined && ASCII_WORD.test(token) && (ASCII_WORD.test(last) || /^\d+(?:\.\d+)*\.$/.test(last))) {
      out[out.length - 1] = last + token;
    } else if (token === '.' && last !== undefined && /^\d+(?:\.\d+)*$/.test(last) && /^\d/.test(tokens[i + 1] ?? '')) {
      out[out.length - 1] = last + token;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** Precise-mode cut: the words a reader would see. */
export function cutWords(text: string): string[] {
  ensureCovers(text);
  return joinAsciiRuns(nodejieba.cut(text));
}

/** Search-mode cut: long words also yield their dictionary sub-words (自然保护区 → 自然, 保护区). */
export function cutForSearch(text: string): string[] {
  ensureCovers(text);
  return joinAsciiRuns(nodejieba.cutForSearch(text));
}

export function tagWords(text: string): { word: string; tag: string }[] {
  ensureCovers(text);
  // nodejieba tags a taught word x whatever tag it was given: put the taught tag back (a name stays nr).
  return nodejieba.tag(text).map((t) => (t.tag === 'x' && inserted.has(t.word) ? { word: t.word, tag: inserted.get(t.word)! } : t));
}

/**
 * Whether jieba's dictionary has the word: it is kept whole already, and teaching it again would only
 * retag it, for every article after (方面 read as a name once, tagged nr in every later question).
 */
function inDictionary(word: string): boolean {
  return sortedDictionary().indexOf(word) !== undefined;
}

/**
 * Keeps an entity found in an article whole from now on. jieba cuts an unknown name whole in one
 * sentence and character by character in a list of names; teaching it the name makes both agree.
 */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  ensureCovers('');
  for (const word of words) {
    if (word.length < 2 || inserted.has(word) || inDictionary(word)) continue;
    nodejieba.insertWord(word, tag);
    inserted.set(word, tag);
  }
}
