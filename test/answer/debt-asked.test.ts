import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';
import { MONEY_UNITS } from '../../src/answer/reader/answer-types.js';

// Written for this test: a city's budget report with a length written as a total (合计约120公里) in
// the sentence that names the city, and its debt in a sentence of its own.
const BUDGET = `某市发布年度预算报告
<p>报告显示，今年某市计划投入资金对全市道路进行改造，合计约120公里，涉及126个老旧小区。</p>
<p>截至去年底，全市政府债务余额856.3亿元，控制在省里核定的限额以内。</p>
<p>今年全市一般公共预算收入预计为312.5亿元。</p>`;

describe('a debt asked as 多少', () => {
  it('is a sum of money', () => {
    expect(analyseQuestion('政府债务一共多少？').units).toEqual(MONEY_UNITS);
  });

  it('is answered with the debt, not a total of another kind', () => {
    const engine = engineFromArticles([parseArticle(BUDGET, 'debt-asked')]);
    expect(engine.ask('某市现在政府债务一共多少？').direct).toBe('856.3亿元');
  });
});
