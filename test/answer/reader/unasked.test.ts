import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: sentences that repeat what the question writes (a name in brackets, a
// share), with the answer beside it.
const ARTICLE = `冰原上的最后一封信
<p>第二任队长(泰德·科尔曼)失踪前派遣雪鸮去给营地送信,雪鸮也因此留在了营地的木屋里。</p>
<p>一战前，世界上有1/4的人口都在大英帝国的殖民地体系之内。</p>
<p>2015年，营地的补给配额从1.5吨提高到了2.4吨。</p>`;

describe('an answer the question already says', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'unasked')]);

  it('is not given: a span the question lacks is', () => {
    expect(engine.ask('一战前，世界上有1/4的人口都在哪一国的殖民地体系之内？').direct).toBe('大英帝国');
    const sent = engine.ask('第二任队长(泰德·科尔曼)失踪前派谁给营地送信？').direct;
    expect(sent).not.toContain('泰德·科尔曼');
    expect(sent).toContain('鸮');
  });

  it('reads a decimal figure in the question as one figure, not a missing "1"', () => {
    const answer = engine.ask('营地的补给配额从1.5吨提高到了多少？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('2.4吨');
  });
});
