import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSynonyms, loadSynonyms } from '../../src/language/wordnet.js';
import { byWord, SortedWordTable } from '../../src/language/word-table.js';
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
