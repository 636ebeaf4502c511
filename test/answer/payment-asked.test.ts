import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a building's cost (建筑费) and a ticket's price, but no bus fare.
const CENTRE = `社区中心落成启用
<p>本报讯 位于河东路的社区中心昨日落成，建筑费约3.2亿元，由区政府全额拨款。</p>
<p>区政府同时开通一条专线小巴，来往中心与河东站，每15分钟一班。</p>
<p>中心设有图书室和体育馆，体育馆门票每张20元，长者免费。</p>`;

describe('a payment asked by its name (车费) where the article gives only another payment (建筑费)', () => {
  const engine = engineFromArticles([parseArticle(CENTRE, 'payment-asked')]);

  it('is refused: 费 alone before a figure is some other fee, and 要 between is no measured noun', () => {
    const answer = engine.ask('去河东站那条专线小巴车费要多少钱？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('车费');
  });

  it('still answers the payments the article gives', () => {
    expect(engine.ask('建筑费要多少钱？').direct).toBe('3.2亿元');
    expect(engine.ask('体育馆门票要多少钱？').direct).toContain('20元');
  });
});
