import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSynonyms, loadSynonyms } from '../../src/language/wordnet.js';
import { blocksFile, BlockedWordTable, byWord, SortedWordTable, writeBlocks } from '../../src/language/word-table.js';
import { loadLexicon, sensesOf } from '../../src/language/cedict.js';
import { temporaryFolder } from '../support/cleanup.js';

describe('a sorted word table searched in place', () => {
  // Written for this test: words sharing prefixes, one with no values, sorted as the builders sort.
  const lines = [
    ['plan', 'design scheme'],
    ['plane', 'airplane aeroplane'],
    ['planet', 'world'],
    ['ab', ''],
    ['abc', 'alphabet'],
    ['zebra', 'animal'],
    ['Zed', 'letter'],
  ].sort(([a], [b]) => byWord(a!, b!));
  const table = new SortedWordTable(lines.map(([w, v]) => `${w}\t${v}`).join('\n') + '\n', ' ');

  it('finds every word with its values, and a word without values as none', () => {
    expect(table.get('plane')).toEqual(['airplane', 'aeroplane']);
    expect(table.get('plan')).toEqual(['design', 'scheme']);
    expect(table.get('planet')).toEqual(['world']);
    expect(table.get('abc')).toEqual(['alphabet']);
    expect(table.get('zebra')).toEqual(['animal']);
    expect(table.get('Zed')).toEqual(['letter']);
    expect(table.get('ab')).toEqual(['']);
  });

  it('finds nothing for a word it lacks: before the first, after the last, between two, a prefix', () => {
    for (const word of ['', 'A', 'a', 'pla', 'planes', 'zz', 'abcd', 'plant']) expect(table.get(word)).toBeUndefined();
  });

  it('answers as the table read into a map would, for every word of the WordNet table', () => {
    const file = join(temporaryFolder('word-table'), 'synonyms.tsv');
    buildSynonyms(file);
    const text = readFileSync(file, 'utf8');
    const searched = loadSynonyms(file);
    const words = text.split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]);
    expect(words.length).toBeGreaterThan(10_000);
    for (const [word, values] of words) expect(searched.get(word)).toEqual(values.split(' '));
    // Unsorted, the search would miss words: the table is written sorted.
    writeFileSync(file, [...words].reverse().map(([w, v]) => `${w}\t${v}`).join('\n') + '\n');
    const reversed = new SortedWordTable(readFileSync(file, 'utf8'), ' ');
    expect(words.filter(([word]) => reversed.get(word) === undefined).length).toBeGreaterThan(0);
  });
});

describe('a sorted word table searched on disk by the index of its blocks', () => {
  // Written for this test: a few hundred words in many blocks, Han and Latin, sorted as the builders sort.
  const words = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `词${i}` : i % 3 === 1 ? `word${i}` : `字${i}字`)).sort(byWord);
  const written = () => {
    const file = join(temporaryFolder('blocked-table'), 'table.tsv');
    writeFileSync(file, words.map((w, i) => `${w}\tsense ${i}|other ${i}`).join('\n') + '\n');
    writeBlocks(file);
    return file;
  };

  it('finds every word with its values: first, last, and at every block’s edge', () => {
    const table = BlockedWordTable.open(written(), () => {}, '|');
    words.forEach((w, i) => expect(table.get(w)).toEqual([`sense ${i}`, `other ${i}`]));
  });

  it('finds nothing for a word it lacks: before the first, after the last, between two, a prefix', () => {
    const table = BlockedWordTable.open(written(), () => {}, '|');
    for (const word of ['', '!', 'word', 'word1000', '词', '字1', '龥']) expect(table.get(word)).toBeUndefined();
  });

  it('indexes anew a table written after its index, and builds a table that is missing', () => {
    const file = written();
    writeFileSync(file, words.map((w) => `${w}\tnew`).join('\n') + '\n');
    utimesSync(blocksFile(file), new Date(0), new Date(0));
    expect(BlockedWordTable.open(file, () => {}, '|').get(words[150]!)).toEqual(['new']);
    const missing = join(dirname(file), 'missing.tsv');
    const built = BlockedWordTable.open(missing, (target) => writeFileSync(target, 'a\tb\n'), '|');
    expect(built.get('a')).toEqual(['b']);
  });

  it('answers as the dictionary read into a map does', () => {
    const lexicon = loadLexicon();
    const sample = [...lexicon.keys()].filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(1_000);
    for (const word of sample) expect(sensesOf(word)).toEqual(lexicon.get(word));
  });
});
