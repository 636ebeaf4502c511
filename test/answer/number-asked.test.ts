import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a hotline whose number the article gives as 热线电话为96123, never writing 号码.
const HOTLINE = `某市开通独居老人关爱热线
<p>某市民政局10月9日宣布，全市独居老人关爱热线正式开通，热线电话为96123，24小时有人接听。</p>
<p>目前全市登记在册的独居老人约有1.8万人。</p>`;

describe('a number asked by 号码 (热线号码是多少)', () => {
  const engine = engineFromArticles([parseArticle(HOTLINE, 'number-asked')]);

  it('is answered: 号码 names what is asked, as 人数 does, not a word the article must write', () => {
    const answer = engine.ask('关爱热线号码是多少？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('96123');
  });
});
