import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: units sold, then the market share they make, written in tenths (一成五).
const SALES = `沐溪科技发布第二代智能手机
<p>沐溪科技当天发布了第二代智能手机，起售价1999元。</p>
<p>公司披露，第一代产品自去年上市以来累计销量已突破28万台，在国内智能手机市场的份额约为一成五。</p>
<p>第二代产品将于下月起陆续发货。</p>`;

describe('"how many" asked where a share in tenths stands beside the count', () => {
  it('gives the count, not the share written as 一成五', () => {
    const engine = engineFromArticles([parseArticle(SALES, 'count-not-tenths')]);
    const reply = engine.ask('How many first-generation phones have been sold so far?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('28万台');
    expect(reply.direct).not.toContain('一成五');
  });
});
