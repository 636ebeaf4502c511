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

describe('an English question asking a sum by its noun (cash, funding)', () => {
  it('is answered with the sum alone, not with what follows it in a list', () => {
    // Written for this test: the sum seized stands first in a list of things seized.
    const raid = engineFromArticles([
      parseArticle(
        `某地警方破获诈骗集团\n<p>（某社记者周行某地12日电）警方破获一个诈骗集团，拘捕嫌犯38人，年龄最大的62岁。</p>\n<p>警方在行动中共查扣现金1,360万元、手机52部及账册若干，并冻结涉案账户87个。</p>`,
        'english-cash',
      ),
    ]);
    expect(raid.ask('How much cash did police seize?').direct).toBe('1,360万元');
  });
});
