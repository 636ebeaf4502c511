import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a company's quarter, as business news writes it in Chinese.
const ARTICLE = `某车企一季度销量回升
<p>某车企4月20日发布2023年第一季度经营数据，一季度营收为86亿元，同比增长12%。</p>
<p>其中，旗下问界汽车一季度销量为1.3万辆。</p>
<p>公司预计二季度营收为95亿元。</p>
<p>公司上半年的销量目标为3万辆。</p>
<p>公司下半年的销量目标为8万辆。</p>`;

describe('English abbreviations and second names in a question', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-periods')]);

  it('reads Q1 and H1 as 一季度 and 上半年', () => {
    const revenue = engine.ask("What was the company's revenue in Q1?");
    expect(revenue.abstained).toBe(false);
    expect(revenue.direct).toBe('86亿元');
    expect(engine.ask("What is the company's expected revenue in Q2?").direct).toBe('95亿元');
    const target = engine.ask('What is the sales target for H1?');
    expect(target.abstained).toBe(false);
    expect(target.direct).toContain('3万辆');
    expect(engine.ask('What is the sales target for H2?').direct).toContain('8万辆');
  });

  it('does not call a thing missing when the question also gives the name the article writes, in brackets', () => {
    const sold = engine.ask('How many AITO (问界) cars were sold in Q1?');
    expect(sold.abstained).toBe(false);
    expect(sold.direct).toBe('1.3万辆');
    // Without the second name, the article never writes AITO: an honest refusal.
    expect(engine.ask('How many AITO cars were sold in Q1?').abstained).toBe(true);
  });
});
