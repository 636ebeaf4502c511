import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/language/vocabulary.js';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

describe('English words for article words the dictionary lacks', () => {
  // A tiny dictionary written for this test, in CC-CEDICT's shape.
  const lexicon = new Map<string, string[]>([
    ['生', ['to be born', 'to give birth', 'life']],
    ['毕业', ['to graduate']],
  ]);
  const vocabulary = buildVocabulary(['生于', '毕业于', '发生于'], lexicon);

  it('reach a verb written with its preposition (生于, 毕业于), at half weight', () => {
    expect(vocabulary.byEnglish('born')).toEqual([{ word: '生于', weight: 0.5 }]);
    expect(vocabulary.byEnglish('graduat').map((t) => t.word)).toEqual(['毕业于']);
  });

  it('do not come from a word that is not a known verb and a preposition', () => {
    expect(vocabulary.byEnglish('happen')).toEqual([]);
  });
});

describe('an English question about a date of birth', () => {
  it('finds the sentence that writes 生于', () => {
    const engine = engineFromArticles([parseArticle(`一位老工匠\n<p>王守义生于1952年3月8日，是镇上有名的木匠。</p>\n<p>他的作品曾在省里获奖。</p>`, 'born')]);
    expect(engine.ask('When was Wang Shouyi born?').direct).toBe('1952年3月8日');
  });
});
