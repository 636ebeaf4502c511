import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a port's figures, with things listed and their values given in turn
// (分别), ranks after them, trains counted by 列, and a rate beside a count.
const PORT = `岚峰港一季度吞吐量创新高
<p>一季度，岚峰港累计完成货物吞吐量1.26亿吨，同比增长8.1%。</p>
<p>其中，东港区完成4,820万吨，居各港区首位；北港区、南港区分别以3,105万吨和2,236万吨位列第二、三位。</p>
<p>海铁联运方面，港口共开行集装箱班列1,342列，平均装载率达到91.7%。</p>`;

describe('values given in turn (分别)', () => {
  const engine = engineFromArticles([parseArticle(PORT, 'port')]);

  it('gives the value in the named thing’s turn, not the likeliest or a rank', () => {
    expect(engine.ask('北港区完成了多少吞吐量？').direct).toBe('3,105万吨');
    expect(engine.ask('南港区完成了多少吞吐量？').direct).toBe('2,236万吨');
    expect(engine.ask('How much cargo did Beigang handle?').direct).toBe('3,105万吨');
  });

  it('leaves a thing listed with no value of its own in turn to the ranker', () => {
    expect(engine.ask('东港区完成了多少吞吐量？').direct).toBe('4,820万吨');
  });
});

describe('counts and rates', () => {
  const engine = engineFromArticles([parseArticle(PORT, 'port')]);

  it('counts trains with their measure word (列)', () => {
    expect(engine.ask('港口开行了多少列集装箱班列？').direct).toBe('1,342列');
  });

  it('answers a rate (装载率) with a percentage, not the count beside it', () => {
    expect(engine.ask('班列的平均装载率是多少？').direct).toBe('91.7%');
  });
});

// Written for this test: a rate of a noun no list names (入住率), after a count of rooms.
const HOLIDAY = `沐溪镇国庆假期旅游火爆
<p>国庆假期，沐溪镇共接待游客12.6万人次，实现旅游收入8,400万元。</p>
<p>全镇58家民宿共有客房1,260间，假期平均入住率达到93.4%，其中河畔片区的21家民宿全部满房。</p>`;

describe('a rate asked by its noun', () => {
  const engine = engineFromArticles([parseArticle(HOLIDAY, 'holiday')]);

  it('is a percentage, whatever the rate is of', () => {
    expect(engine.ask('民宿的平均入住率是多少？').direct).toBe('93.4%');
    expect(engine.ask('入住率有多少？').direct).toBe('93.4%');
  });
});
