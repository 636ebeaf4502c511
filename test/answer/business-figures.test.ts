import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a company's year in figures, a sum written in 亿人民币.
const ARTICLE = `某公司发布年报
<p>3月30日，星河科技发布2022年年报。2022年，星河科技营收同比增长不到1%，净利润下滑68.7%。</p>
<p>与此同时，星河科技研发费用总额为1615亿人民币，研发费用率25.1%。</p>`;

describe('a sum of money in a business report', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'business-figures')]);

  it('is a sum when written in 人民币 without 元', () => {
    const answer = engine.ask('星河科技研发费用总额是多少钱？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('1615亿人民币');
  });

  it('is found for an English question that writes R&D', () => {
    // R&D is cut into r and d; the article writes 研发.
    const answer = engine.ask('How much did the company spend on R&D?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('1615亿人民币');
  });
});
