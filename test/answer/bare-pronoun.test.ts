import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: one official quoted three times, a resident once.
const ARTICLE = `副市长调研防汛工作
<p>7月5日，副市长王建平到沿江街道调研防汛工作。</p>
<p>王建平强调，要压实责任，确保堤防安全。</p>
<p>王建平指出，要提前转移低洼地区群众。</p>
<p>居民李梅说，街道已经发放了沙袋。</p>
<p>王建平要求，各部门二十四小时值班值守。</p>`;

const TWO_EQUAL = `两位代表发言
<p>代表张华表示，要加快修路。</p>
<p>代表刘强表示，要多建学校。</p>`;

describe('a bare pronoun with no one named and no conversation', () => {
  it('stands for the person the article quotes most', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'bare-pronoun')]);
    for (const question of ['他强调了什么？', 'What did he stress?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.headline, question).toContain('王建平');
      expect(answer.passages.map((p) => p.text).join(''), question).toContain('压实责任');
    }
  });

  it('stands for no one when no one is quoted most', () => {
    const engine = engineFromArticles([parseArticle(TWO_EQUAL, 'bare-pronoun-equal')]);
    const answer = engine.ask('他说了什么？');
    expect(answer.headline).not.toMatch(/^(?:张华|刘强)说/u);
  });
});
