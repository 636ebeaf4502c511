import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the landfall's time stands in a long lead with every word of the question;
// a shorter sentence after it gives the times a response was raised, and never says 登陆.
const TYPHOON = `台风“白鹭”登陆东川
<p>记者从东川省防汛抗旱指挥部获悉，今年第8号台风“白鹭”于5日凌晨2时15分前后在东川省青石县沿海登陆，登陆时中心附近最大风力有13级。</p>
<p>东川省防指于3日18时启动防台风IV级应急响应，4日12时提升至II级。</p>
<p>目前，各地抢修工作正在进行。</p>`;

describe('a value asked of what one sentence says in all the question\'s words', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'all-words')]);

  it('is taken from that sentence, not from a shorter one that lacks the question\'s verb', () => {
    expect(engine.ask('台风是什么时候登陆的？').direct).toBe('5日凌晨2时15分');
  });
});
