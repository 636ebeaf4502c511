import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: court reports counting bottles made and bottles sold, never "N瓶" of the
// noun the question counts, and a flood report where machines were sent out (出动), a word the
// question does not use.
const SAUCE = `某县调味品作坊造假案宣判
<p>本报讯 记者从某县人民法院获悉，一起生产、销售假冒调味品案日前一审宣判。</p>
<p>经查，2023年3月至2024年5月，被告人王某在县郊租用一处仓库，从外地低价购进散装酱油，灌装进仿冒知名品牌的酱油瓶中。该作坊共灌装假冒酱油约8000瓶，已销售约6500瓶，销售金额达26万余元。</p>
<p>法院以生产、销售伪劣产品罪判处王某有期徒刑三年，并处罚金15万元。</p>
<p>当月暴雨期间，园区出动抽水机38台，连续排水两天。</p>`;

const LIQUOR = `某县制售假酒案宣判
<p>本报讯 记者从某县人民法院获悉，一起生产、销售假冒注册商标白酒案日前一审宣判。</p>
<p>经查，被告人王某在县郊租用一处仓库，从外地购进散装白酒，灌装进回收的名酒酒瓶中。该作坊共生产假冒白酒约8000瓶，已销售约6500瓶，销售金额达260万余元。</p>
<p>案发前，有市民在婚宴上喝到假酒后向市场监管部门举报。</p>
<p>法院以假冒注册商标罪判处王某有期徒刑三年，并处罚金15万元。</p>`;

describe('a count asked in the words people say it', () => {
  const engine = engineFromArticles([parseArticle(SAUCE, 'sold-counted')]);

  it('reads 卖出去 as the article’s 销售, and takes the figure right after it', () => {
    expect(engine.ask('他们一共卖出去了多少瓶酱油？').direct).toBe('约6500瓶');
  });

  it('still answers what was bottled with the figure beside the bottling', () => {
    expect(engine.ask('作坊灌装了多少瓶假酱油？').direct).toBe('约8000瓶');
  });

  it('takes a verb with its aspect (动用了) for what was done, not a quantity the article never names', () => {
    const answer = engine.ask('园区动用了多少台抽水机？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('38台');
  });
});

describe('a count in the very measure asked, of a thing the article names but never counts by that name', () => {
  const engine = engineFromArticles([parseArticle(LIQUOR, 'bottles-counted')]);

  it('is answered: 瓶 counts few kinds of thing, so 约6500瓶 counts the 假酒 asked', () => {
    const answer = engine.ask('他们一共卖出去了多少瓶假酒？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('约6500瓶');
  });

  it('answers what was made with the figure beside the making', () => {
    expect(engine.ask('作坊生产了多少瓶假酒？').direct).toBe('约8000瓶');
  });
});
