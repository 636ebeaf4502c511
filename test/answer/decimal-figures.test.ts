import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: figures with a decimal part, as statistics write them.
const ARTICLE = `产业小记
<p>2010年，该国外汇储备达2915.7亿美元，外汇储量居世界第六，人均收入超过2万美元。</p>
<p>从产业构造来看，第一产业占全省经济总量的2.6%、第二产业占16.2%、第三产业占80.1%。</p>`;

describe('a figure the question names with a decimal part', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'decimal-figures')]);

  it('is found whole (2915.7), not as the article lacking its first part (2915)', () => {
    const answer = engine.ask('外汇储备为2915.7亿美元的国家在世界排第几？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('第六');
  });

  it('is found whole before a percent sign (16.2%)', () => {
    const answer = engine.ask('占16.2%的是第几产业？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('第二产业');
  });
});
