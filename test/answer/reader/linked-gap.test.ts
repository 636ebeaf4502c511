import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the answer stands where the question's asking word stands, after the same
// particle or copula the question writes (对应的 …, 主办方是 …), among other nouns of the sentence.
const ARTICLE = `棋规小记
<p>在这套棋的规则里，每一枚白子都有一个对应的守护子，红方的骑兵与黑方的弓手则没有这样的搭档。</p>
<p>比赛的口号为以棋会友，创办者是退休教师林秋山。</p>`;

describe('the particle or copula between the asking word and its neighbour', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'linked-gap')]);

  it('aligns the answer after 的 as the question writes it', () => {
    expect(engine.ask('每一枚白子都有一个对应的什么？').direct).toBe('守护子');
  });

  it('reads a question that stops at its copula as asking what follows it', () => {
    // Without it the nearest phrase, the slogan, was taken for the founder.
    expect(engine.ask('创办者是？').direct).toContain('林秋山');
  });
});
