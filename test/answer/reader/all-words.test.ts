import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the landfall's time stands in a long lead with every word of the question;
// a shorter sentence after it gives the times a response was raised, and never says 登陆.
const TYPHOON = `台风“白鹭”登陆东川
<p>东川省气象台消息，台风“白鹭”今天凌晨2时15分前后在青石县沿海登陆，这是今年登陆东川的最强台风，近中心风力达到13级。</p>
<p>省防汛指挥部3日18时发布IV级响应，4日12时升为II级。</p>
<p>目前，各地抢修工作正在进行。</p>`;

describe('a value asked of what one sentence says in all the question\'s words', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'all-words')]);

  it('is taken from that sentence, not from a shorter one that lacks the question\'s verb', () => {
    expect(engine.ask('台风是什么时候登陆的？').direct).toBe('凌晨2时15分');
  });
});
