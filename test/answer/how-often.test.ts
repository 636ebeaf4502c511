import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a city's water-quality reports, with a period they recur in and lengths of
// time of other things (a quarter's months, a survey's length).
const WATER = `某市公布一季度饮用水水质监测结果
<p>市水务局4月10日通报，1至3月全市12座水厂出厂水水质合格率均为100%。</p>
<p>市水务局副局长某某介绍，监测人员每周对各水厂出厂水抽检一次，管网末梢水则每月抽检一次，抽检结果在官网公开。</p>
<p>今年起，全市还将用两年时间完成老旧供水管网改造。</p>
<p>改造期间，受影响路段的临时供水车每30分钟一趟。</p>`;

describe('how often something is done (多久一次, how often)', () => {
  const engine = engineFromArticles([parseArticle(WATER, 'how-often')]);

  it('is answered by the period it recurs in, not by another length of time', () => {
    const answer = engine.ask('监测人员多久对水厂出厂水抽检一次？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('每周');
    expect(engine.ask('管网末梢水多长时间抽检一次？').direct).toBe('每月');
  });

  it('is asked in English as "how often"', () => {
    const answer = engine.ask('How often is the water at the end of the pipe network tested?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('每月');
  });

  it('gives the period with the once it counts, as the article writes it (每30分钟一趟)', () => {
    expect(engine.ask('临时供水车多久一趟？').direct).toBe('每30分钟一趟');
  });

  it('leaves a length of time asked as before', () => {
    expect(engine.ask('管网改造要用多长时间？').direct).toBe('两年');
  });
});
