import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a quarterly report that compares with the year before as 去年同期.
const ARTICLE = `某公司发布一季度业绩
<p>4月20日，某公司发布2024年第一季度经营业绩，实现销售收入860亿元，净利润率为5.1%。</p>
<p>去年同期，该公司实现销售收入790亿元，净利润率为3.8%。</p>
<p>公司表示，将继续加大研发投入。</p>`;

describe('an English question about the year before', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-times')]);

  it('finds the figure the report gives for the same period a year earlier', () => {
    expect(engine.ask("What was the company's revenue a year earlier?").direct).toContain('790亿元');
    expect(engine.ask('What was the net profit margin a year ago?').direct).toContain('3.8%');
  });

  it('and the current figure when no earlier time is asked', () => {
    expect(engine.ask("What was the company's revenue in the first quarter?").direct).toContain('860亿元');
    expect(engine.ask('What was the net profit margin in the first quarter?').direct).toContain('5.1%');
  });
});
