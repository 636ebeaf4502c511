import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: an operation dated by a season, its length at the sentence's end, written
// in 小时 (which jieba tags a noun).
const OPERATION = `青川医院完成首例机器人辅助手术
<p>青川医院昨天宣布，院内团队完成了首例机器人辅助心脏手术，患者恢复良好。</p>
<p>这台手术在去年冬天进行，由心外科与麻醉科联合完成，前后持续约9小时。</p>`;

describe('a length of time asked', () => {
  const engine = engineFromArticles([parseArticle(OPERATION, 'length-of-time')]);

  it('is answered with the length (9小时), not the season it was done in', () => {
    expect(engine.ask('这台手术做了多长时间？').direct).toBe('约9小时');
  });
});
