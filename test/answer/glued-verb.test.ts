import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { cutGluedHelpers } from '../../src/language/covered.js';

// Written for this test: a share of a cost given floor by floor.
const LIFTS = `老旧小区加装电梯费用如何分摊
<p>本报讯 某市今年已有40个老旧小区加装电梯。</p>
<p>费用按楼层分摊。以3号楼为例，一楼住户不出资，二楼每户出资0.8万元，五楼每户出资3.6万元。</p>`;

describe('a one-character verb jieba glues to the article’s word after it (住五楼)', () => {
  it('is cut off, so the article’s word is looked for as itself', () => {
    const written = (w: string) => LIFTS.includes(w);
    expect(cutGluedHelpers('住五楼的人家每户要掏多少钱？', written)).toContain('住 五楼');
  });

  it('lets the floor asked pick its own figure', () => {
    const engine = engineFromArticles([parseArticle(LIFTS, 'glued-verb')]);
    expect(engine.ask('住五楼的人家每户要掏多少钱？').direct).toContain('3.6万元');
    expect(engine.ask('二楼每户出多少钱？').direct).toContain('0.8万元');
  });
});
