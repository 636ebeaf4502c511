import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a county's solar industry, where a capacity stands beside a share of the
// nation's, and a length of time stands far from the words a question shares with its sentence.
const SOLAR = `某县光伏产业去年产值首次突破百亿元
<p>县发展改革局3月5日发布数据，去年全县光伏产业实现产值126亿元，同比增长18.5%。</p>
<p>目前，全县光伏组件产能达到12吉瓦，约占全省的五分之一。</p>
<p>县里新建的储能电站已于本月开工，项目方表示，由于地质条件复杂，整个工程预计需要2至3年。</p>
<p>县光伏协会会长某某说，行业竞争压力不小，企业要在技术上多下功夫。</p>`;

describe('a figure asked of a noun is the one the article gives that noun', () => {
  const engine = engineFromArticles([parseArticle(SOLAR, 'figure-of-the-noun')]);

  it('answers 多大 of a capacity with the capacity, not an age nor the share written beside it', () => {
    expect(engine.ask('全县光伏组件产能现在有多大？').direct).toBe('12吉瓦');
  });

  it('takes the figure given the noun over a likelier one of its sentence, past words like 目前 and 是', () => {
    expect(engine.ask('全县光伏组件产能目前是多少？').direct).toBe('12吉瓦');
  });

  it('reads a length of time the best sentence writes far from the words the question shares with it', () => {
    const answer = engine.ask('How long will the energy storage station take?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('2至3年');
  });
});

// Written for this test: a bulletin that writes its figures in full-width digits, thousands
// separated by the full-width comma.
const HEATING = `某市今冬供热提前启动
<p>本次供热涉及供热企业１１２家、热源厂１８座、换热站２，４３６座，惠及居民用户约１６０万户。</p>`;

describe('a figure written in full-width digits with a full-width thousands separator', () => {
  const engine = engineFromArticles([parseArticle(HEATING, 'full-width-thousands')]);

  it('is read whole, and quoted as the article writes it', () => {
    expect(engine.ask('全市一共有多少座换热站？').direct).toBe('２，４３６座');
  });
});

// Written for this test: a satellite's camera and orbit, asked in English by a quantity noun.
const CAMERA = `某型遥感卫星发射成功
<p>卫星主要搭载多光谱相机，幅宽为45公里，分辨率达到2米，运行于高度535公里的太阳同步轨道。</p>`;

describe('an English question asking a quantity by its noun (what resolution, what altitude)', () => {
  const engine = engineFromArticles([parseArticle(CAMERA, 'quantity-noun')]);

  it('is answered by the figure, not by the sentence that holds it', () => {
    expect(engine.ask("What resolution do the satellite's cameras have?").direct).toBe('2米');
    expect(engine.ask('What is the altitude of its orbit?').direct).toBe('535公里');
  });
});
