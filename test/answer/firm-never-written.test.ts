import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a housing project's opening that names no firm at all, and one that does.
const NO_FIRM = `过渡性房屋项目落成
<p>本报讯 位于城西路的过渡性房屋项目昨日落成，共提供860个单位，首批约200户家庭将于明年2月入住。</p>
<p>项目由市房屋署统筹，总造价约6.5亿元，采用组装合成建筑法，工期约14个月。</p>`;

const A_FIRM = `过渡性房屋项目落成
<p>本报讯 位于城西路的过渡性房屋项目昨日落成，共提供860个单位，首批约200户家庭将于明年2月入住。</p>
<p>项目由安和建设集团承建，总造价约6.5亿元，采用组装合成建筑法，工期约14个月。</p>`;

describe('which firm, of an article that writes no firm', () => {
  it('is refused, naming the class asked', () => {
    const engine = engineFromArticles([parseArticle(NO_FIRM, 'no-firm')]);
    const answer = engine.ask('这个项目是哪家建筑公司盖的？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('公司');
  });

  it('is answered where the article names one (集团)', () => {
    const engine = engineFromArticles([parseArticle(A_FIRM, 'a-firm')]);
    const answer = engine.ask('这个项目是哪家建筑公司盖的？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('安和建设集团');
  });
});
