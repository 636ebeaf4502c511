import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a quarter's figures, then the year before's in two sentences, the second
// giving the rate its value after 其.
const ARTICLE = `某集团发布一季度业绩
<p>4月20日，某集团发布一季度业绩，实现营收800亿元，同比增长5.0%，毛利率31.2%，创下新高。</p>
<p>据此计算，某集团一季度利润约为40亿元，同比增长12.5%。</p>
<p>去年同期，某集团实现营收762亿元，同比下降8.1%。其毛利率为27.4%，利润约为35亿元。</p>`;

describe('the figure given to the noun asked of', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'given-to-noun')]);

  it('comes from the next sentence when the chosen one names only the time', () => {
    expect(engine.ask('某集团去年同期毛利率是多少？').direct).toBe('27.4%');
  });

  it('does so for an English question too, by the words it was mapped to', () => {
    expect(engine.ask("What was the group's gross margin a year earlier?").direct).toBe('27.4%');
    // The revenue is written in the chosen sentence: it stays.
    expect(engine.ask("What was the group's revenue a year earlier?").direct).toBe('762亿元');
  });
});
