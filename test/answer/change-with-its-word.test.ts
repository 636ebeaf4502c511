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

// Written for this test: a county's student aid, with changes asked against last year in spoken
// orders (跟去年比多了多少, 和去年相比) and in English by a comparative ("how much cheaper").
const AID = `某县今年助学金发放完毕
<p>县教育局9月20日通报，今年全县共发放助学金860万元，比去年增加约15%。</p>
<p>全年共资助学生4300人次，增长约9%，其中高中生1800人次。</p>
<p>今年起，县里还将每生每年的资助标准从2000元提高到2500元。</p>
<p>受补贴影响，县内公办幼儿园的保教费每月为600元，下降12%。</p>
<p>全年县教育局共受理资助申请5200件，比去年增加了约两成。</p>`;

describe('a change asked with the thing compared first, or by a comparative', () => {
  const engine = engineFromArticles([parseArticle(AID, 'change-compared-first')]);

  it('reads 跟去年比多了多少 and 和去年相比多了多少 as asking the change, not the level', () => {
    expect(engine.ask('资助的学生人次跟去年比多了多少？').direct).toBe('增长约9%');
    expect(engine.ask('助学金和去年相比多了多少？').direct).toBe('增加约15%');
  });

  it('takes a change written in tenths (增加了约两成) for the change asked', () => {
    expect(engine.ask('受理的资助申请和去年相比多了多少？').direct).toContain('两成');
  });

  it('reads "how much cheaper" as asking the change', () => {
    expect(engine.ask('How much cheaper did public kindergarten fees get?').direct).toBe('下降12%');
  });
});

// Written for this test: a safety notice whose distances and counts are bounds (至少, 不超过).
const NOTICE = `某景区发布野生动物观赏安全提示
<p>景区管理处提醒，游客观赏野猴时应与猴群保持至少10米距离，每批观赏人数不超过20人。</p>
<p>景区今年已投放警示牌36块。</p>`;

describe('a figure the article bounds with 至少 or 不超过', () => {
  const engine = engineFromArticles([parseArticle(NOTICE, 'figure-bounds')]);

  it('is given with its bound', () => {
    expect(engine.ask('游客应与猴群保持多远的距离？').direct).toContain('至少10米');
    expect(engine.ask('每批观赏人数有多少人？').direct).toContain('不超过20人');
    // …but the bound asked in the question's own words (最多) is not given twice.
    expect(engine.ask('每批最多可以有多少人观赏？').direct).toBe('20人');
  });
});
