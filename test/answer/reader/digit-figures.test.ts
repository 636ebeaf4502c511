import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';

// Written for this test: figures of one digit and with a decimal point, which jieba's dictionary
// lacks (it tags them x and eng), beside figures it knows.
describe('a figure of one digit or with a decimal point is a figure', () => {
  it('tags a single digit and its measure as a figure and a measure (5/m 例/q)', () => {
    const tokens = tokenize('另有外地输入病例5例，均已治愈。');
    const five = tokens.find((t) => t.word === '5');
    expect(five?.tag).toBe('m');
    expect(tokens[tokens.indexOf(five!) + 1]).toMatchObject({ word: '例', tag: 'q' });
  });

  it('tags a decimal as a figure (3.75/m 公里)', () => {
    expect(tokenize('新线全长3.75公里。').find((t) => t.word.startsWith('3.75'))?.tag).toBe('m');
  });
});
