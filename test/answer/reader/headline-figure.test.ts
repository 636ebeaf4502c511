import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a news report whose headline gives the city's total, which the lead says
// again with its context, and a later paragraph where one scenic spot's own total stands right
// beside the question's words.
const HOLIDAY = `春节假期8天 澄岭市累计接待游客312.4万人次
<p>本报讯 记者从澄岭市文化和旅游局获悉，今年春节假期，该市累计接待游客312.4万人次，同比增长12.6%，日均接待游客39.1万人次，实现旅游收入28.7亿元。</p>
<p>热门景区中，雁汐古镇春节期间累计接待游客58.7万人次，栖岚山景区接待游客41.2万人次。</p>
<p>市文旅局表示，将继续做好节后旅游市场监管工作。</p>`;

describe('a figure the headline writes, asked in the headline\'s words', () => {
  const engine = engineFromArticles([parseArticle(HOLIDAY, 'headline-figure')]);

  it('answers the report\'s main figure, not a part standing nearer the question\'s words', () => {
    const answer = engine.ask('春节澄岭市一共接待了多少游客？');
    expect(answer.direct).toBe('312.4万人次');
  });

  it('keeps the daily mean when the question asks it (日均), which the headline does not give', () => {
    expect(engine.ask('澄岭市春节假期日均接待游客多少？').direct).toBe('39.1万人次');
  });
});

// Written for this test: a headline that gives the revenue and only names the net margin, and a
// question asking the net profit, which only the body gives.
const RESULTS = `泠川电器一季度营收增至86.2亿元 净利润率为五年来最低
<p>4月25日，泠川电器发布一季度经营业绩，实现销售收入86.2亿元，同比增长3.1%，净利润率5.0%，为五年来最低水平。</p>
<p>据此计算，泠川电器一季度净利润约在4.31亿元左右，同比下降27.4%。</p>`;

describe('a headline figure of another quantity', () => {
  const engine = engineFromArticles([parseArticle(RESULTS, 'headline-other-figure')]);

  it('does not take the place of the figure asked (净利润, which the headline writes only inside 净利润率)', () => {
    expect(engine.ask('泠川电器一季度净利润有多少？').direct).toContain('4.31亿元');
  });
});

// Written for this test: a launch whose headline gives the starting price, which the body writes
// only as a range in a sentence that says 新机, not the phone's name, while other sentences name the
// phone beside other figures.
const LAUNCH = `霁川科技发布折叠屏手机霁川星屏 起售价6999元
<p>5月20日晚，霁川科技在深圳举行发布会，正式推出旗下首款折叠屏手机——霁川星屏。新机共提供3个版本，官方指导价为6999元—8999元，即日起开启预售。</p>
<p>霁川星屏展开后屏幕尺寸为7.8英寸，机身重量239克，内置5,000毫安时电池，售价相近的同类产品多在6,000毫安时以下。</p>
<p>霁川科技官方数据显示，发布会结束后1小时内，霁川星屏的预约量突破12,000台。</p>`;

describe('a headline figure in a sentence the reader did not read', () => {
  const engine = engineFromArticles([parseArticle(LAUNCH, 'headline-figure-unread')]);

  it('is found where the body writes it, rather than refused', () => {
    const answer = engine.ask('霁川星屏起售价多少');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('6999元');
    expect(answer.passages[0]!.text).toContain('官方指导价为6999元—8999元');
  });

  it('is not given for a figure the headline does not write', () => {
    expect(engine.ask('霁川科技去年营收多少？').abstained).toBe(true);
  });
});

// Written for this test: a headline giving the year's growth in profit, and a quotation that says
// 去年 beside another percentage.
const ANNUAL = `栖岚乳业年报出炉 归母净利润同比增长12.6%
<p>栖岚乳业昨晚发布年度报告，公司全年实现营业收入103.5亿元，同比增长7.9%；归属于上市公司股东的净利润8.62亿元，同比增长12.6%。</p>
<p>公司财务总监解释称，利润增长主要因为原料价格下降，“去年国内原奶平均收购价同比下降约9%，这为我们腾出了利润空间”。</p>`;

describe('a headline figure asked against last year (比去年)', () => {
  const engine = engineFromArticles([parseArticle(ANNUAL, 'headline-figure-compared')]);

  it('answers the growth the headline gives, not a percentage written beside 去年', () => {
    expect(engine.ask('栖岚乳业的归母净利润比去年涨了百分之几？').direct).toBe('12.6%');
  });
});
