import { describe, expect, it } from 'vitest';
import { anyOfQuery, isLexeme, tsvectorLiteral } from '../../../src/library/store/pg/lexemes.js';
import { hanBigrams } from '../../../src/search/tokenize.js';

describe('text-search literals for PostgreSQL', () => {
  it('writes each term once with its positions, quotes and backslashes doubled', () => {
    expect(tsvectorLiteral(['春茶', "it's", '春茶', 'a\\b'])).toBe("'春茶':1,3 'it''s':2 'a\\\\b':4");
    expect(anyOfQuery(['春茶', "it's", '春茶'])).toBe("'春茶' | 'it''s'");
  });

  it('leaves out terms PostgreSQL would refuse: empty, too long, half a character', () => {
    const grams = hanBigrams('白𫚭俗');
    expect(grams.filter(isLexeme)).toEqual(['𫚭']);
    expect(isLexeme('')).toBe(false);
    expect(isLexeme('a'.repeat(3000))).toBe(false);
    expect(anyOfQuery(['', 'a'.repeat(3000)])).toBe('');
  });
});
