import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a tunnel's hardest stretch, stated in a quote and explained by the
// engineer right after; and a renaming, asked with 为什么 that asks what, not why.
const TUNNEL = `沐川隧道全线贯通
<p>经过4年施工，沐川隧道昨日全线贯通。</p>
<p>“这条隧道最难的是穿越断层带。”项目总工程师蒙立诚介绍，断层带岩体破碎、地下水丰富，施工团队采用超前地质预报和分段注浆加固，才安全通过。</p>
<p>隧道通车后，原沐川公路段将改建为旅游步道。</p>`;

describe('a why question whose chosen sentence only restates it', () => {
  const engine = engineFromArticles([parseArticle(TUNNEL, 'reason-after-restated')]);

  it('is answered with the account that follows it, not with the restatement', () => {
    const answer = engine.ask('为什么穿越断层带最难？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('岩体破碎、地下水丰富');
  });

  it('leaves 改建为什么 a question of what, answered with what it becomes', () => {
    expect(engine.ask('原沐川公路段将改建为什么？').direct).toContain('旅游步道');
  });
});
