import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a metro line whose trains are described by an official, never said to be built by anyone.
const METRO = `枳川地铁5号线开通
<p>枳川地铁5号线今天上午开通运营。</p>
<p>据枳川轨道交通集团副总经理栾亦舟介绍，5号线采用6节编组列车，设计最高时速80公里。</p>`;

describe('who did something, where the article names only who reported it', () => {
  const engine = engineFromArticles([parseArticle(METRO, 'metro')]);

  it('is refused, not answered with the person the facts are reported by', () => {
    const reply = engine.ask('Who built the trains for Line 5?');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('栾亦舟');
  });

  it('still names the reporter when who reported it is asked', () => {
    expect(engine.ask('谁介绍了5号线的列车？').direct).toContain('栾亦舟');
  });

  it('still names the person whose post the question gives, written before the name', () => {
    expect(engine.ask('枳川轨道交通集团副总经理是谁？').direct).toContain('栾亦舟');
  });

  it('is refused when a company is asked and the article names only the company of who reported it', () => {
    const reply = engine.ask('5号线的列车是哪家公司制造的？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('枳川轨道交通集团');
  });

  it('still names the company when whose official the reporter is is asked', () => {
    expect(engine.ask('栾亦舟是哪家单位的副总经理？').direct).toContain('枳川轨道交通集团');
  });
});
