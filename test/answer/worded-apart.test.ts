import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a police report of a fraud, a company's plans for the year, a court's
// verdict and a survey's count.
const FRAUD = `某区警方破获一起投资诈骗案
<p>今年5月初，市民刘某到某区派出所报警，称父亲的20万元积蓄被一家投资公司骗走。</p>
<p>经查，该团伙向投资者承诺每年返利15%，先后骗取300余名群众的资金。</p>
<p>目前，团伙主要成员已被刑事拘留。</p>`;

const PLANS = `某公司发布年度经营计划
<p>3月2日，某公司发布年度经营计划。</p>
<p>公司总经理乙某表示，年内还要再开12家门店，研发投入也会增加。</p>`;

const VERDICT = `某市法院对一起诈骗案作出判决
<p>10日上午，某市中级人民法院公开宣判此案，被告人甲某被判处有期徒刑十二年。</p>
<p>法院审理查明，甲某以高额回报为诱饵，骗取200余名群众的资金。</p>`;

const SURVEY = `某团队完成一次巡天观测
<p>某团队近日完成一次巡天观测。</p>
<p>团队用自动程序从约300万个候选信号中挑出了900个可疑信号，再逐一人工核对。</p>
<p>团队负责人乙某说，下一步将扩大观测范围。</p>`;

describe('a question that words the article’s words apart or from the reader’s day', () => {
  const fraud = engineFromArticles([parseArticle(FRAUD, 'worded-apart-fraud')]);
  const plans = engineFromArticles([parseArticle(PLANS, 'worded-apart-plans')]);
  const verdict = engineFromArticles([parseArticle(VERDICT, 'worded-apart-verdict')]);
  const survey = engineFromArticles([parseArticle(SURVEY, 'worded-apart-survey')]);

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

  it('finds 宣布判决 in the article’s 宣判: two words shortened to their first characters', () => {
    const answer = verdict.ask('法院是哪天几点宣布判决结果的？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('10日');
  });

  it('answers 多少条 with a figure counted in 个, which stands for any measure of single things', () => {
    const answer = survey.ask('程序从多少条候选信号里挑出了可疑信号？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('300万个');
  });
});
