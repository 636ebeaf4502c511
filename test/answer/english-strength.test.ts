import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a typhoon whose strength at landfall is a grade (13级), beside its time and place.
const TYPHOON = `台风“岚峰”登陆沐溪
<p>今年第9号台风“岚峰”于8日凌晨2时10分前后在沐溪县沿海登陆，登陆时中心附近最大风力有13级，中心最低气压为960百帕。</p>
<p>受其影响，沐溪县普降暴雨，全县转移群众2.3万人。</p>`;

describe('"how strong" asked in English', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'typhoon')]);

  it('asks a figure (the wind grade), not the sentence it stands in', () => {
    const reply = engine.ask('How strong was the wind when the typhoon made landfall?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('13级');
  });
});
