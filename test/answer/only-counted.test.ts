import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a carmaker's exports, next year's only counted (至少6个国家), this year's listed.
const EXPORTS = `某品牌新能源汽车进军海外市场
<p>某汽车公司10月12日宣布，旗下纯电动车型将于明年出口至欧洲至少6个国家。</p>
<p>公司总裁某某表示，海外售价预计比国内高出约三成。</p>
<p>今年前三季度，该公司在国内累计交付新车21万辆，其中出口1.2万辆，主要销往泰国、马来西亚和澳大利亚。</p>`;

describe('a set asked (which countries) where the article only counts it', () => {
  const engine = engineFromArticles([parseArticle(EXPORTS, 'only-counted')]);

  it('is refused as a count, not answered with the count', () => {
    const answer = engine.ask('Which European countries will the car be exported to next year?');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toBe('The article gives how many, but not which ones.');
  });

  it('is answered where the article lists it', () => {
    const answer = engine.ask('今年的出口主要销往哪些国家？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('泰国、马来西亚和澳大利亚');
  });
});
