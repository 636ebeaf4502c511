import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a county's monthly price figures, with changes on the year and on the
// month before, a gap that widened, and levels written with 约为 and 突破.
const PRICES = `某县发布3月份居民消费价格数据
<p>县统计局4月12日发布数据，3月份全县居民消费价格指数同比上涨1.2%，环比下降0.4%。</p>
<p>其中，食品价格同比下降3.5%，服务价格涨幅比上月扩大0.6个百分点。</p>
<p>一季度全县社会消费品零售总额约为48.6亿元。</p>
<p>今年以来，全县新开网店突破900家。</p>
<p>县统计局副局长某某表示，二季度物价预计保持平稳，县里新建的平价菜店约需两个月建成。</p>`;

describe('a change asked is answered with its word of change and its basis (同比上涨1.2%)', () => {
  const engine = engineFromArticles([parseArticle(PRICES, 'change-with-its-word')]);

  it('gives which way the figure went and against what, where the question asks how much it changed', () => {
    expect(engine.ask('3月份居民消费价格同比涨了多少？').direct).toBe('同比上涨1.2%');
    expect(engine.ask('3月份居民消费价格环比降了多少？').direct).toBe('环比下降0.4%');
    expect(engine.ask('食品价格同比下降了多少？').direct).toBe('同比下降3.5%');
  });

  it('counts 扩大 as a word of change (涨幅扩大了多少)', () => {
    expect(engine.ask('服务价格涨幅比上月扩大了多少？').direct).toBe('扩大0.6个百分点');
  });

  it('gives a level asked as the article bounds or rounds it (约为, 突破), without a word of change', () => {
    expect(engine.ask('一季度社会消费品零售总额是多少？').direct).toBe('约为48.6亿元');
    expect(engine.ask('今年全县新开了多少家网店？').direct).toBe('突破900家');
  });
});
