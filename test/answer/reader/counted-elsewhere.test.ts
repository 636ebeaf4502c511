import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for these tests: a rescue report whose quotation holds the question's words (里面, 工人's
// 人) beside a count of another noun (一个念头), and whose opening sentence counts the workers asked.
const RESCUE = `某县山区隧道塌方 6名工人获救
<p>5月3日凌晨，某县在建的青松岭隧道发生塌方，正在洞内作业的6名工人被困。</p>
<p>当天，救援指挥部调集了多支专业救援队伍赶到现场，并从附近县市调来大型机械。</p>
<p>带班队长周大勇回忆：“当时我心里只有一个念头，先把外面的人带出来，再想办法救里面的人。”</p>
<p>经过约40小时的救援，被困人员全部获救。</p>`;

describe('a count of another noun than the one asked', () => {
  const engine = engineFromArticles([parseArticle(RESCUE, 'counted-elsewhere')]);

  it('gives way to the count written before the noun the question counts', () => {
    const reply = engine.ask('里面一共被困了几个工人？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('6名');
  });
});
