import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a fine whose sum jieba glues to the word after it (元罰 | 鍰).
const LITTER = `臺北市加強取締亂丟菸蒂
<p>臺北市環保局表示，即日起將加強取締亂丟菸蒂行為。</p>
<p>環保局指出，民眾若被查獲亂丟菸蒂，依《廢棄物清理法》可處新臺幣1200元至6000元罰鍰。</p>`;

describe('a sum whose 元 jieba glued to the next word', () => {
  const engine = engineFromArticles([parseArticle(LITTER, 'sum-glued-tail')]);

  it('ends on its 元, with its currency, not on the first character of 罰鍰', () => {
    expect(engine.ask('亂丟菸蒂被抓到會被罰多少錢？').direct).toBe('新臺幣1200元至6000元');
  });
});
