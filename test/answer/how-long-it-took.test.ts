import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a rescue whose length is told as 经过约40小时的连续救援, after sentences that
// name the rescuers (救护队, 救出, 获救) and a pace of work (每推进1米需要约20分钟).
const RESCUE = `某县山区隧道塌方 6名工人获救
<p>5月3日凌晨，某县在建的青松岭隧道发生塌方，正在洞内作业的6名工人被困。</p>
<p>市应急管理局、消防救援支队和2支矿山救护队共300余人、大型设备20台赶赴现场。</p>
<p>如何把人安全救出，是指挥部面前的最大难题。</p>
<p>指挥部决定从塌方体上方打通一条直径80厘米的钢管通道，每推进1米需要约20分钟。</p>
<p>经过约40小时的连续救援，5日晚上8时许，最后一名被困工人被抬出洞口，6人全部生还。</p>
<p>获救的6名工人随即被送往医院，年龄最大的56岁，最小的23岁。</p>`;

describe('how long something took, asked in English', () => {
  const engine = engineFromArticles([parseArticle(RESCUE, 'how-long-it-took')]);

  it('is the length told after 经过, however the question says "long" and "take"', () => {
    const reply = engine.ask('How long did the rescue take?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('约40小时');
  });
});
