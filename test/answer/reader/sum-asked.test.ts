import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: an exhibition's whole count in its lead, and a later section's smaller
// count written with the question's own verb.
const EXHIBITION = `青川博物馆漆器特展开幕
<p>青川博物馆漆器特展昨日开幕，展出馆藏及各地借展的漆器、木器等共126件（组），其中19件为首次公开亮相。</p>
<p>展览分为三个单元。特展的“海外遗珍”单元展出了12件从海外借回的文物，吸引了不少观众驻足。</p>`;

describe('a figure asked in all (总共, 一共)', () => {
  const engine = engineFromArticles([parseArticle(EXHIBITION, 'sum-asked')]);

  it('is answered by the sum the article writes (共126件), not a part counted with the question\'s verb', () => {
    expect(engine.ask('这次特展总共展出多少件文物？').direct).toBe('126件');
  });
});

// Written for this test: a province's total, said with 累计 at its clause's start, and a town's
// count written with the question's own verb right before it.
const EVACUATION = `台风过境 全省转移群众
<p>截至5日18时，全省累计转移危险区域群众2.5万人，暂无人员伤亡报告。</p>
<p>东坪镇镇长告诉记者，全镇提前转移了3200多名群众，安置在学校和体育馆。</p>`;

describe('a sum said with 累计 earlier in its clause', () => {
  const engine = engineFromArticles([parseArticle(EVACUATION, 'sum-in-clause')]);

  it('answers a figure asked in all (一共)', () => {
    expect(engine.ask('全省一共转移了多少群众？').direct).toBe('2.5万人');
  });
});

// Written for this test: three years' promised profits, each year's and their total in one sentence.
const PROMISE = `青川科技收购东岭新材
<p>交易对方承诺，东岭新材2025年至2027年三个会计年度的净利润分别不低于1.2亿元、1.6亿元和2.1亿元，三年累计不低于4.9亿元。</p>
<p>本次交易尚需股东大会审议。</p>`;

describe('a sum asked as what the parts add up to (加起来)', () => {
  const engine = engineFromArticles([parseArticle(PROMISE, 'sum-added-up')]);

  it('is the total written with 累计, not the last year\'s part', () => {
    expect(engine.ask('东岭新材三年加起来至少要赚多少钱？').direct).toBe('4.9亿元');
  });
});
