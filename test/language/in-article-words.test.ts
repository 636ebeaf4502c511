import { describe, expect, it } from 'vitest';
import { inArticleWords } from '../../src/language/same-words.js';

const writtenIn = (article: string) => (word: string) => article.includes(word);

describe('a question put in the article’s words', () => {
  it('puts a spoken word as the article writes it (钟头 → 小时, 老总 → 总经理, 震央 → 震中)', () => {
    expect(inArticleWords('停一个钟头多少钱', writtenIn('每小时收费5元'))).toBe('停一个小时多少钱');
    expect(inArticleWords('公司的老总说了什么', writtenIn('公司总经理某某表示'))).toBe('公司的总经理说了什么');
    expect(inArticleWords('震央在哪里', writtenIn('震中位于某镇'))).toBe('震中在哪里');
  });

  it('puts 第一个 as the 首 the article writes before the thing', () => {
    expect(inArticleWords('第一个钟头多少钱', writtenIn('首小时收费8元'))).toBe('首小时多少钱');
    expect(inArticleWords('第一次是什么时候', writtenIn('首次举办于2010年'))).toBe('首次是什么时候');
  });

  it('leaves a word the article writes, and one it writes no other way of', () => {
    expect(inArticleWords('停一个钟头多少钱', writtenIn('停一个钟头5元，每小时另计'))).toBe('停一个钟头多少钱');
    expect(inArticleWords('老总是谁', writtenIn('董事长某某'))).toBe('老总是谁');
    expect(inArticleWords('第一个小时多少钱', writtenIn('第一个小时8元'))).toBe('第一个小时多少钱');
  });

  it('puts 一整天 as the 全天 the article writes', () => {
    expect(inArticleWords('周末去滑一整天票价多少', writtenIn('平日全天滑雪票为每人480元'))).toBe('周末去滑全天票价多少');
  });

  it('puts the price of one unit (一斤…多少钱) as the article’s price per unit (每斤), and only a price', () => {
    expect(inArticleWords('勾兑的成本一斤多少钱', writtenIn('以每斤8元至15元的成本进行勾兑'))).toBe('勾兑的成本每斤多少钱');
    expect(inArticleWords('一斤多少钱', writtenIn('一斤卖8元，每斤另收1元'))).toBe('一斤多少钱');
    expect(inArticleWords('去年一年装了几台', writtenIn('每年维保费用约6000元'))).toBe('去年一年装了几台');
  });

  it('never rewords the present or another name: they ask, or say when', () => {
    expect(inArticleWords('现在有多少人', writtenIn('现任局长某某'))).toBe('现在有多少人');
    expect(inArticleWords('它的别名是什么', writtenIn('又名某某'))).toBe('它的别名是什么');
  });
});
