import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a harvest and a carmaker's deliveries, each giving a whole and then,
// after 其中, a part of it.
const HARVEST = `棠溪县麦收进度过八成
<p>今年“三夏”期间，全县共投入联合收割机2.4万台，其中跨区作业收割机6,300台，日最高收获面积达38万亩。</p>`;

const DELIVERIES = `卓明川汽车公布交付数据
<p>今年1—3月，卓明川汽车累计交付新车28,514辆，同比增长41.2%，其中3月交付11,207辆，创单月历史新高。</p>`;

describe('a whole and its part (其中)', () => {
  it('gives the whole where the question does not name the part', () => {
    expect(engineFromArticles([parseArticle(HARVEST, 'harvest')]).ask('今年全县投了多少台联合收割机？').direct).toContain('2.4万台');
    expect(engineFromArticles([parseArticle(DELIVERIES, 'deliveries')]).ask('卓明川汽车一季度交付了多少辆车？').direct).toContain('28,514辆');
  });

  it('gives the part where the question names it', () => {
    expect(engineFromArticles([parseArticle(DELIVERIES, 'deliveries')]).ask('卓明川汽车3月份交付了多少辆？').direct).toContain('11,207辆');
  });
});

// Written for this test: two figures side by side in one sentence, each after what it is of.
const FLIGHTS = `台风影响航班
<p>民航部门统计，今天国内线取消航班214班、国际线取消37班，共影响旅客约2万人次。</p>`;

describe('figures side by side in one sentence', () => {
  const engine = engineFromArticles([parseArticle(FLIGHTS, 'flights')]);

  it('gives the one whose own words the question names', () => {
    expect(engine.ask('国内线取消了多少班飞机？').direct).toContain('214班');
    expect(engine.ask('国际线取消了多少班？').direct).toContain('37班');
  });
});
