import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a police report of a fraud, and a company's plans for the year.
const FRAUD = `某区警方破获一起投资诈骗案
<p>今年5月初，市民刘某到某区派出所报警，称父亲的20万元积蓄被一家投资公司骗走。</p>
<p>经查，该团伙向投资者承诺每年返利15%，先后骗取300余名群众的资金。</p>
<p>目前，团伙主要成员已被刑事拘留。</p>`;

const PLANS = `某公司发布年度经营计划
<p>3月2日，某公司发布年度经营计划。</p>
<p>公司总经理乙某表示，年内还要再开12家门店，研发投入也会增加。</p>`;

describe('a question that words the article’s words apart or from the reader’s day', () => {
  const fraud = engineFromArticles([parseArticle(FRAUD, 'worded-apart-fraud')]);
  const plans = engineFromArticles([parseArticle(PLANS, 'worded-apart-plans')]);

  it('finds 报警 in 报的警: a verb and its object parted by a particle', () => {
    const answer = fraud.ask('最早是谁报的警？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('刘某');
  });

  it('does not look for 这帮 of 这帮人: a pronoun with its measure names nothing', () => {
    const answer = fraud.ask('这帮人承诺的年回报是多少？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('15%');
  });

  it('reads 今年 and "this year" as the report’s 年内', () => {
    expect(plans.ask('今年计划新开几家门店？').direct).toContain('12家');
    const english = plans.ask('How many new stores will the company open this year?');
    expect(english.abstained).toBeFalsy();
    expect(english.direct).toContain('12家');
  });
});
