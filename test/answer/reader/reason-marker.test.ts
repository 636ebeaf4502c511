import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the act reported in one sentence, its purpose and its cause in others.
const ARTICLE = `两县共建污水处理厂
<p>5月8日，东坪县与西岭县在东坪县签署了共建污水处理厂的协议。</p>
<p>东坪县县长陈立表示，两县共建污水处理厂，目的是让下游的河水达到三类标准。</p>
<p>该厂选址在两县交界处，由于那里地势最低，污水可以自流进厂。</p>`;

describe('a "why" answered where the article gives a reason or a purpose', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'reason-marker')]);

  it('answers with what follows 目的是, not with the sentence that reports the act', () => {
    const answer = engine.ask('两县为什么共建污水处理厂？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('三类标准');
  });

  it('answers with what follows 由于, in either language', () => {
    expect(engine.ask('污水处理厂为什么选址在两县交界处？').direct).toContain('地势最低');
    expect(engine.ask('Why did the two counties build the sewage plant together?').direct).toContain('三类标准');
  });
});
