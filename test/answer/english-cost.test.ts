import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a launch report that gives no cost.
const ARTICLE = `青岚卫星发射成功
<p>2024年3月8日，我国在太原卫星发射中心用快舟一号甲运载火箭，将第十二颗青岚导航卫星发射升空。</p>
<p>卫星顺利进入预定轨道。</p>`;

describe('an English question asking what something cost', () => {
  it('is refused, naming the cost, when the article gives none', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'english-cost')]);
    const reply = engine.ask('How much did it cost to build the satellite?');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('cost');
  });
});
