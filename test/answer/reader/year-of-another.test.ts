import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a carmaker's deliveries of this year's first quarter, and no figure for
// last year's whole.
const DELIVERIES = `澜川汽车一季度交付量大增
<p>今年1—3月，澜川汽车累计交付新车28,514辆，同比增长41.2%，其中3月交付11,207辆。</p>
<p>公司表示，今年全年的交付目标为15万辆。</p>`;

describe('a figure asked of one year', () => {
  const engine = engineFromArticles([parseArticle(DELIVERIES, 'deliveries')]);

  it('is not given from a sentence under another year', () => {
    const answer = engine.ask('这家公司去年全年一共卖了多少辆车？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toBe('文章没有给出这个数字。');
  });

  it('is given under the year asked', () => {
    expect(engine.ask('今年1—3月公司交付了多少辆新车？').direct).toBe('28,514辆');
    expect(engine.ask('今年全年的交付目标是多少辆？').direct).toBe('15万辆');
  });
});

// Written for this test: a county's wildlife incidents, counted for last year only.
const INCIDENTS = `某县野生动物肇事补偿情况通报
<p>县林业局通报，去年全县共发生野猪肇事事件126起，理赔金额约85万元。</p>
<p>今年起，县里将为野猪出没较多的6个乡镇加装电子围栏。</p>`;

describe('a figure asked "since the start of this year" (今年以来)', () => {
  const engine = engineFromArticles([parseArticle(INCIDENTS, 'since-this-year')]);

  it('is not given from last year: from this year on is this year alone', () => {
    expect(engine.ask('今年以来全县已经发生了多少起野猪肇事事件？').abstained).toBe(true);
  });

  it('is still given for the year the article counts', () => {
    expect(engine.ask('去年全县发生了多少起野猪肇事事件？').direct).toBe('126起');
  });
});
