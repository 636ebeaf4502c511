import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';

// Written for this test: the opening of a tram line's first phase, and a year's results that give
// no quarter, beside a report that gives its first three months.
const TRAM = `棠溪有轨电车1号线一期开通
<p>28日上午，棠溪有轨电车1号线一期工程正式开通运营。该工程于2021年9月开工建设，线路全长11.6公里，设站14座。</p>
<p>棠溪市交通局局长霍家澍表示，开通后沿线居民出行时间将缩短约20分钟。</p>`;

const YEAR = `卓明川电器发布2025年年报
<p>卓明川电器3月30日晚发布年报，公司2025年实现营业收入86.4亿元，同比增长7.1%；净利润5.2亿元，同比增长3.3%。</p>
<p>董事长简若舟表示，2026年公司将加大海外市场投入。</p>`;

const MONTHS = `卓明川电器发布经营数据
<p>卓明川电器4月20日公布，公司1—3月实现营业收入21.7亿元，同比增长6.2%。</p>`;

describe('a later member of a series than the article reports', () => {
  const tram = engineFromArticles([parseArticle(TRAM, 'tram')]);

  it('refuses the second phase of a line whose first phase the article reports, naming it', () => {
    const reply = tram.ask('1号线二期什么时候开工？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('二期');
  });

  it('still answers of the phase reported', () => {
    const reply = tram.ask('1号线一期什么时候开工？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('2021年9月');
  });
});

describe('a quarter asked of a report', () => {
  it('is refused where the report gives a year and no quarter', () => {
    const reply = engineFromArticles([parseArticle(YEAR, 'year')]).ask('卓明川电器一季度营业收入多少？');
    expect(reply.abstained).toBe(true);
  });

  it('is answered where the report gives the quarter by its months', () => {
    const reply = engineFromArticles([parseArticle(MONTHS, 'months')]).ask('卓明川电器一季度营业收入多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('21.7亿元');
  });
});

describe('a demonstrative glued to its noun', () => {
  it('leaves the noun as the word to look for (这条线 → 线)', () => {
    const { terms } = analyseQuestion('这条线有多长？');
    expect(terms).toContain('线');
    expect(terms).not.toContain('这条线');
  });
});

// Written for this test: two plants' figures in one sentence, each in a clause naming its plant.
const PLANTS = `沐溪晶圆第三季营运稳健
<p>以厂区来看，第三季8吋厂产能利用率约为71%，12吋厂则达到93%以上，接近满载。</p>`;

describe('a clause about another member of a series, in a sentence about both', () => {
  const engine = engineFromArticles([parseArticle(PLANTS, 'plants')]);

  it('gives the figure of the member asked, not the one in the clause that repeats more of the question', () => {
    expect(engine.ask('12吋厂的产能利用率是多少？').direct).toContain('93%');
  });

  it('still gives the other member’s figure when it is asked', () => {
    expect(engine.ask('8吋厂的产能利用率是多少？').direct).toContain('71%');
  });
});
