import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/answer/search-terms.js';
import { indexTerms } from '../../src/search/tokenize.js';

describe('the terms a question is searched under before its articles are known', () => {
  it('are, for a Chinese question, its own words and bigrams, as the passage index holds an article', () => {
    const question = '刘国中这次到哪些地方调研了？';
    const terms = searchTerms(question).map((t) => t.term);
    // A name no dictionary holds is still searched whole, by its bigrams.
    expect(terms).toEqual(expect.arrayContaining(['刘国', '国中', '调研']));
    expect(new Set(terms)).toEqual(new Set(indexTerms(question)));
  });

  it('add, for an English word, a few of the dictionary’s Chinese words for it, not every sense', () => {
    const terms = searchTerms('What did the two pilots do?');
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['pilots', '飞行员']));
    // "two" alone has dozens of senses across the dictionary (三三两两, 三心二意…): a few are kept.
    expect(terms.length).toBeLessThanOrEqual(30);
    expect(terms.map((t) => t.term)).not.toContain('三心二意');
  });

  it('leave out English function words, which every English text has', () => {
    const terms = searchTerms('What did the airline do?').map((t) => t.term);
    for (const word of ['what', 'did', 'the', 'do']) expect(terms).not.toContain(word);
    expect(terms).toContain('airline');
  });
});
