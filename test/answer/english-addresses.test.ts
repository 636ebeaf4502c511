import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: residents named as news names them, by surname and form of address.
const ARTICLE = `小区加装电梯完工
<p>家住三楼的李女士说，电梯装好后，她每天能下楼买菜了。</p>
<p>退休工人王大爷今年82岁，他为加装电梯跑了整整两年。</p>
<p>这部电梯总投资68万元，由居民和政府共同出资。</p>`;

describe('a resident asked about in English by form of address and surname', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'addresses')]);

  it('finds Ms Li as 李女士', () => {
    const answer = engine.ask('Which floor does Ms Li live on?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]!.text).toContain('李女士');
    expect(answer.direct).toContain('三楼');
  });

  it('finds Grandpa Wang as 王大爷, the "old worker" beside it read as before', () => {
    const answer = engine.ask('How old is the retired worker Grandpa Wang?');
    expect(answer.direct).toBe('82岁');
  });

  it('still refuses a surname the article gives no one', () => {
    const answer = engine.ask('How old is Grandpa Zhao?');
    expect(answer.abstained).toBe(true);
  });
});
