import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a carmaker that visited families in many cities and names one country as its first market abroad.
const LAUNCH = `琮岩汽车发布新款SUV
<p>琮岩汽车昨日发布新款SUV，此前研发团队走访了全国37个城市的1,200多户家庭。</p>
<p>公司透露，今年计划新开门店180家，并将于6月进入中东市场，首站为沙特阿拉伯。</p>`;

describe('an English question asking which country, with "stop" in it', () => {
  const engine = engineFromArticles([parseArticle(LAUNCH, 'launch-abroad')]);

  it('asks one place, not the places someone visited', () => {
    const reply = engine.ask('Which country is their first stop in the Middle East?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('沙特阿拉伯');
  });

  it('leaves the places visited to a question about visiting', () => {
    expect(engine.ask('Which cities did the team visit?').direct).toContain('37个城市');
  });
});
