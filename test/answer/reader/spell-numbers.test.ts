import { describe, expect, it } from 'vitest';
import { spellNumbersLikeArticle } from '../../../src/answer/reader/spell-numbers.js';

describe('a question spelling numbers like its article', () => {
  it('writes a number in the form the article uses beside the same word', () => {
    expect(spellNumbersLikeArticle('第56颗北斗卫星何时发射？', '第五十六颗北斗导航卫星发射升空')).toEqual({ text: '第五十六颗北斗卫星何时发射？', also: [] });
    expect(spellNumbersLikeArticle('五十六颗卫星何时发射？', '共有56颗卫星').text).toBe('56颗卫星何时发射？');
  });

  it('looks for both forms where the article uses both', () => {
    expect(spellNumbersLikeArticle('第56颗卫星', '第56颗卫星，第五十六颗卫星')).toEqual({ text: '第56颗卫星', also: ['第五十六', '五十六颗'] });
  });

  it('leaves a number alone where the article does not write it beside the same word', () => {
    expect(spellNumbersLikeArticle('56人参加', '五十六颗卫星')).toEqual({ text: '56人参加', also: [] });
    expect(spellNumbersLikeArticle('一季度收入', '第一季度 1季度').text).toBe('一季度收入');
  });

  it('writes a numeral alone before what it numbers as the Roman numeral the article writes there', () => {
    // The article's Ⅲ期 folded and lowercased, as the reader holds it.
    expect(spellNumbersLikeArticle('三期临床招了多少人？', '关键性iii期临床试验').text).toBe('III期临床招了多少人？');
    expect(spellNumbersLikeArticle('3期临床招了多少人？', '关键性iii期临床试验').text).toBe('III期临床招了多少人？');
    // Not where the article writes the numeral as asked, nor inside a longer one (iii期 holds ii期), nor before another word.
    expect(spellNumbersLikeArticle('三期临床', '三期临床 iii期').text).toBe('三期临床');
    expect(spellNumbersLikeArticle('二期临床', 'iii期临床').text).toBe('二期临床');
    expect(spellNumbersLikeArticle('三天后', 'iii期临床').text).toBe('三天后');
  });
});
