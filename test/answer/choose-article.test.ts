import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test. The first article names the bridge and the opening to traffic again and
// again, never together; the second says in one sentence when the bridge opened to traffic.
const OFTEN = `江北新区建设提速
<p>江北新区的大桥工程今年进展顺利。</p>
<p>大桥周边的配套道路也在加紧建设。</p>
<p>新区的滨江道路预计年底通车。</p>
<p>地铁三号线计划明年通车。</p>
<p>大桥建设者表示，将确保工程质量。</p>`;
const ONCE = `两岸往来更便捷
<p>记者 林青</p>
<p>大桥于5月18日上午正式通车，两岸往来时间缩短到十分钟。</p>
<p>市民纷纷驾车体验，交通部门设置了引导标志。</p>`;

describe('the article a question is answered from, when it names none', () => {
  const engine = engineFromArticles([parseArticle(OFTEN, 'often'), parseArticle(ONCE, 'once')]);

  it('is the one that states the answer in one sentence, not the one that repeats the words apart', () => {
    const answer = engine.ask('大桥哪天通车？');
    expect(answer.article.id).toBe('once');
    expect(answer.direct).toMatch(/^5月18日/);
  });

  it('is the other one when that one answers', () => {
    expect(engine.ask('地铁三号线计划什么时候通车？').article.id).toBe('often');
  });
});
