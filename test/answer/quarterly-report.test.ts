import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a company's quarterly report, with a remark quoted over two sentences.
const ARTICLE = `星河科技一季度营收微增
<p>4月20日，星河科技发布2024年第一季度经营业绩，实现销售收入520亿元，同比微增1.2%，净利润率3.1%。</p>
<p>“2024年是公司生存与发展的关键之年。我们会继续奔跑。”星河科技董事长周明远直言，今年仍极具挑战。</p>
<p>星河科技在芯片、软件和云服务的三条研发生产线上完成了40款工具替代。</p>
<p>3月10日，远航集团官宣中止与星河科技深度合作，远航汽车与星河科技联合开发的整车项目变更为远航汽车自主开发，之后星河科技将以重要供应商身份参与远航集团车型开发。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'quarterly-report')]);

describe('a quarterly report asked as readers ask it', () => {
  it('answers a year-on-year change with the rate, not the sum', () => {
    expect(engine.ask('星河科技一季度销售收入同比增长了多少？').direct).toBe('1.2%');
  });

  it('answers which three lines with the three the article lists before its count', () => {
    expect(engine.ask('星河科技在哪三条研发生产线上完成了工具替代？').direct).toBe('芯片、软件和云服务');
  });

  it('answers in what capacity from the article, not with the people holding posts', () => {
    const reply = engine.ask('星河科技将以什么身份参与车型开发？');
    expect(reply.direct).toContain('重要供应商');
    expect(reply.direct).not.toContain('周明远');
  });

  it('answers what a project became with what follows 变更为', () => {
    const reply = engine.ask('联合开发的整车项目变更为什么？').direct;
    expect(reply).toContain('远航汽车');
    expect(reply).not.toContain('3月10日');
  });

  it('refuses a quarter after the one the report gives, and answers the one it gives', () => {
    const later = engine.ask('星河科技二季度营收是多少？');
    expect(later.abstained).toBe(true);
    expect(later.headline).toContain('二季度');
    expect(engine.ask('星河科技一季度营收是多少？').direct).toBe('520亿元');
  });

  it('answers who said a remark with its speaker, named only after the quotation ends', () => {
    expect(engine.ask('谁说2024年是公司生存与发展的关键之年？').direct).toBe('周明远');
    expect(engine.ask('Who said 2024 is a key year for the company?').direct).toBe('周明远');
  });
});

// Written for this test: a year's results that name only the fourth quarter.
const ANNUAL = `澜川乳业年营收首破百亿
<p>3月28日，澜川乳业发布2023年年度报告，全年实现营业总收入106.4亿元，同比增长7.9%。</p>
<p>年报显示，公司第四季度营收为24.1亿元，同比下降2.4%，为全年唯一负增长的季度。</p>
<p>公司表示，2024年将继续拓展奶酪业务，营收目标为115亿元。</p>`;

describe('a quarter the report never names', () => {
  const annual = engineFromArticles([parseArticle(ANNUAL, 'annual')]);

  it('is refused, naming the quarter, while the one it names is answered', () => {
    const answer = annual.ask('澜川乳业2024年一季度营收是多少？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('一季度');
    expect(annual.ask('第四季度营收是多少？').direct).toBe('24.1亿元');
  });
});
