import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: buses the article names as 公交车 in one sentence and counts as 车辆 in
// another, and a count of plants in a measure of their own.
const ALERT = `某市启动重污染天气红色预警
<p>预警期间，市区公交车全部免费乘坐。</p>
<p>市公交集团已增派运力车辆120辆，早晚高峰发车间隔缩短至5分钟。</p>
<p>全市共有6座电厂实施限产。</p>`;

describe('a figure in the measure of the kind asked (120辆 for buses)', () => {
  const engine = engineFromArticles([parseArticle(ALERT, 'measure-of-kind')]);

  it('counts the buses though the article calls them 车辆 there', () => {
    expect(engine.ask('公交集团增派了多少辆公交车？').direct).toBe('120辆');
    expect(engine.ask('How many extra buses did the bus group put on?').direct).toBe('120辆');
  });

  it('still refuses a count of a thing the article names but never counts', () => {
    // 座 counts the plants, not 车; the article never counts its 公交车 otherwise.
    expect(engine.ask('市区有多少座公交车站？').abstained).toBe(true);
  });
});
