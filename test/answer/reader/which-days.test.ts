import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';

// Written for this test: a survey dated by its days, and counted in days beside them.
const survey = engineFromArticles([
  parseArticle(
    `某地湿地水鸟调查结束\n<p>（某社记者周行某地18日电）某湿地今年的水鸟调查在11月20日至22日进行，历时3天，参与人员38名。</p>\n<p>调查结果显示，今年共记录到水鸟6.2万只。</p>`,
    'which-days',
  ),
]);

describe('哪几天', () => {
  it('asks which days, not how many', () => {
    expect(analyseQuestion('调查具体是哪几天做的？').type).toBe('date');
    expect(analyseQuestion('调查具体是哪几天做的？').units).toEqual([]);
    // 几天 alone still asks how long, and 西元几年 a figure in 年.
    expect(analyseQuestion('调查进行了几天？').type).toBe('duration');
    expect(analyseQuestion('该国于西元几年建交？').units).toEqual(['年']);
  });

  it('is answered with the days, not the count of them', () => {
    expect(survey.ask('今年的水鸟调查是哪几天进行的？').direct).toContain('11月20日至22日');
  });
});
