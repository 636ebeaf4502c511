import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: one sentence counting three kinds of one thing, each figure before its kind,
// the kinds named by Latin letters as satellite constellations are.
const ARTICLE = `某导航系统完成组网
<p>某导航系统完成组网。</p>
<p>该系统采用混合星座，由20颗 ABC 卫星、4颗 DEFG 卫星以及 2 颗XYZ 卫星组成，共26颗卫星。</p>
<p>系统的定位精度优于5米。</p>`;

describe('the figure that counts what the question counts', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'counted-noun')]);

  it('is the one written right before the counted kind, with its measure word', () => {
    expect(engine.ask('该系统有几颗XYZ卫星？').direct).toBe('2 颗');
    expect(engine.ask('该系统有几颗DEFG卫星？').direct).toBe('4颗');
  });

  it('is found the same way for an English question', () => {
    expect(engine.ask('How many XYZ satellites does the system have?').direct).toBe('2 颗');
  });
});
