import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an official directing flood work, quoted in the next sentence.
const ARTICLE = `某省全力应对强降雨
<p>受强降雨影响，某省多地出现内涝，共转移群众1.2万人。</p>
<p>4日晚，副省长梁振华在省防汛指挥部坐镇调度。他说：“各地要提前排查危险区域，确保群众安全转移。”</p>
<p>气象部门预计，降雨将持续到6日。</p>`;

describe('what someone said, asked by where or when they said it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'said-in-a-setting')]);

  it('quotes the remarks the article reports right after that setting', () => {
    const answer = engine.ask('梁振华坐镇调度时说了什么？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]?.text).toContain('排查危险区域');
  });

  it('still says the remarks do not cover a topic the article writes nowhere near them', () => {
    const answer = engine.ask('梁振华对渔船说了什么？');
    expect(answer.abstained).toBe(true);
  });
});
