import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a segment's revenue and, after it, how much it grew.
const RESULTS = `东岭光伏发布三季报
<p>东岭光伏10月30日发布三季报，前三季度公司实现营业收入52.4亿元。</p>
<p>海外业务方面，今年三季度该板块营收达到9.6亿元，较上年同期大增28.4%。</p>`;

describe('a figure asked as a change (涨了多少)', () => {
  const engine = engineFromArticles([parseArticle(RESULTS, 'change-asked')]);

  it('is the figure after the word of change, not the level it changed to', () => {
    expect(engine.ask('海外业务三季度营收涨了多少？').direct).toBe('28.4%');
  });

  it('reads 变化了多少 as a change asked, not as a 变化 the article lacks', () => {
    expect(engine.ask('海外业务三季度营收比去年同期变化了多少？').direct).toBe('28.4%');
  });

  it('leaves a level asked as it was', () => {
    expect(engine.ask('海外业务三季度营收是多少？').direct).toBe('9.6亿元');
  });
});

// Written for this test: machines counted this year, and how many more than last year, in one clause.
const MACHINES = `沐溪县秋收机械化水平提升
<p>县农业农村局介绍，今年全县投入收割机1,460台，比去年增加215台，机收率达到93%。</p>`;

describe('a difference asked against another year (比去年多了几台)', () => {
  const engine = engineFromArticles([parseArticle(MACHINES, 'compared')]);

  it('is the figure after the word of change, not this year’s count', () => {
    const reply = engine.ask('收割机比去年多了几台？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('215台');
  });

  it('leaves this year’s count asked as it was', () => {
    expect(engine.ask('今年全县投入了多少台收割机？').direct).toContain('1,460台');
  });
});

// Written for this test: a market's level and its growth as a multiple, in one sentence.
const MARKET = `沐溪智能眼镜市场升温
<p>智能眼镜正成为消费电子行业的新热点。</p>
<p>据市场研究机构统计，今年前三季度国内智能眼镜出货量约为142万台，同比增长近1.6倍。</p>
<p>业内人士预计，明年市场规模将继续扩大。</p>`;

describe('a level asked, beside the change written after it', () => {
  const engine = engineFromArticles([parseArticle(MARKET, 'level-not-change')]);

  it('is the level alone, not the growth nor the clause that holds both', () => {
    const direct = engine.ask('今年前三季度国内智能眼镜的出货量有多少？').direct;
    expect(direct).toContain('142万台');
    expect(direct).not.toContain('1.6倍');
  });

  it('reaches 出货量 from "shipped" in English', () => {
    const direct = engine.ask('How many smart glasses were shipped in the first three quarters?').direct;
    expect(direct).toContain('142万台');
    expect(direct).not.toContain('1.6倍');
  });

  it('is the growth, written as a multiple, where the growth is asked', () => {
    const reply = engine.ask('出货量同比增长了多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('1.6倍');
  });
});

// Written for this test: a budget that cuts a sum (比上年压减8%), asked in the spoken word for a cut (砍).
const BUDGET = `某市2025年预算草案提请审议
<p>草案提出，市本级“三公”经费预算安排1.42亿元，比上年压减8%。</p>
<p>会议费、培训费、差旅费等一般性支出压减10%。</p>`;

describe('a cut asked (砍了多少) of a budget that writes 压减', () => {
  const engine = engineFromArticles([parseArticle(BUDGET, 'cut-asked')]);

  it('is answered with the change, not the sum', () => {
    expect(engine.ask('三公经费比去年砍了多少？').direct).toBe('压减8%');
    expect(engine.ask('三公经费安排了多少钱？').direct).toBe('1.42亿元');
  });
});

// Written for this test: a price that fell sharply (重挫66%), asked how much it fell.
const SLUMP = `香蕉價格崩跌 創近7年新低
<p>根據批發市場交易行情，本月第一週香蕉產地價每公斤僅約新臺幣9.6元，比去年同期的28.5元重挫66%。</p>
<p>農業部表示，將啟動保價收購。</p>`;

describe('a sharp fall written 重挫', () => {
  it('is the change asked by 跌了多少', () => {
    const engine = engineFromArticles([parseArticle(SLUMP, 'sharp-fall')]);
    expect(engine.ask('跟去年同期比起來跌了多少？').direct).toBe('66%');
  });
});
