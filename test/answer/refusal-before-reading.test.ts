import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { compatibilityFold } from '../../src/language/fold.js';
import { normalizeQuestion } from '../../src/language/normalize.js';

// Refusals made before any reading (a name the article lacks, nobody from a place) are rules, not the
// decision model: each must fire only on what it is about. All articles here are written for the tests.
const article = (title: string, ...paragraphs: string[]) => parseArticle(`${title}\n${paragraphs.map((p) => `<p>${p}</p>`).join('')}`, title);

describe('a question quoting the article', () => {
  it('keeps the article’s Chinese punctuation while folding full-width letters', () => {
    expect(compatibilityFold('「和平，意味着繁荣」ＧＤＰ①')).toBe('「和平，意味着繁荣」GDP1');
    expect(normalizeQuestion('「和平，意味著繁榮」這句話是誰說的？')).toBe('「和平，意味着繁荣」这句话是谁说的？');
  });

  it('finds the quotation the article writes and answers who said it', () => {
    const engine = engineFromArticles([
      article('帝国的宣言', '皇帝在加冕后的演说中声称「和平，意味着繁荣」，表明他无意扩张。', '此后数年，邻国之间的战事却没有停止。'),
    ]);
    const answer = engine.ask('「和平，意味着繁荣」这句话是谁说的？');
    expect(answer.abstained).toBe(false);
    expect(answer.headline).not.toMatch(/没有提到/);
    expect(answer.passages[0]?.text).toContain('和平，意味着繁荣');
  });
});
