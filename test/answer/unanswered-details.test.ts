import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { writesFigure } from '../../src/answer/reader/asked-form.js';

// Written for this test: a deputy mayor's visits, where the places are named but never counted,
// the meetings are counted, and the driver's former employer is left unnamed.
const VISIT = `岚峰市副市长葛书远走访社区商户
<p>12日上午，岚峰市副市长葛书远先后走访了城东社区的连锁超市、农贸市场和社区诊所，看望慰问坚守一线的商户和医务人员，并主持召开两场座谈会，听取商户意见。</p>
<p>座谈会上，快递员易青禾讲述了自己的经历。易青禾此前曾在一家物流公司担任司机，去年加入沐溪快递站点。</p>
<p>据统计，城东社区现有个体商户326户，今年新增就业岗位1200个。</p>`;

// The same report where the employer is named and the shops are counted.
const NAMED = `岚峰市副市长葛书远走访社区商户
<p>12日上午，岚峰市副市长葛书远先后走访了城东社区的3家连锁超市和农贸市场，并主持召开两场座谈会。</p>
<p>座谈会上，快递员易青禾讲述了自己的经历。易青禾此前曾在岚峰顺达物流公司担任司机，去年加入沐溪快递站点。</p>`;

describe('a detail the article leaves out', () => {
  const engine = engineFromArticles([parseArticle(VISIT, 'visit')]);
  const named = engineFromArticles([parseArticle(NAMED, 'named')]);

  it('refuses a count of things the article names but never counts', () => {
    const reply = engine.ask('葛书远走访了几家超市？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('文章没有给出这个数字');
  });

  it('refuses it in English too, rather than quote a clause with no figure', () => {
    const reply = engine.ask('How many supermarkets did Ge Shuyuan visit?');
    expect(reply.abstained).toBe(true);
  });

  it('still gives a count the article gives', () => {
    expect(engine.ask('葛书远主持召开了几场座谈会？').direct).toContain('两场');
    const counted = named.ask('葛书远走访了几家超市？');
    expect(counted.abstained).toBe(false);
    expect(counted.direct).toContain('3家');
  });

  it('refuses which company, where the article says only "a company"', () => {
    const reply = engine.ask('易青禾之前在哪家物流公司上班？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('文章没有说是哪一家公司');
  });

  it('names the company where the article names it', () => {
    const reply = named.ask('易青禾之前在哪家物流公司上班？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('岚峰顺达物流公司');
  });
});

describe('a figure, as a count is written', () => {
  it('is digits, or numerals with a measure, a unit or a magnitude', () => {
    for (const text of ['326户', '两场座谈会', '三成', '十二岁', '五分之一', '一亿光年', '约两平方公里', '第一', '12.4%']) {
      expect(writesFigure(text), text).toBe(true);
    }
  });

  it('is not a numeral inside a word, nor the digits of a code', () => {
    for (const text of ['坚守一线的商户和医务人员', '统一规划', '菌株QK-23', '机型A380']) {
      expect(writesFigure(text), text).toBe(false);
    }
  });
});
