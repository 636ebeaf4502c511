import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a court report that names the defendant only as 葛某, as news does.
const VERDICT = `男子冒充客服诈骗获刑
<p>近日，棠溪区人民法院公开宣判一起诈骗案，被告人葛某被判处有期徒刑六年。</p>
<p>法院审理查明，1994年出生的葛某曾在一家票务公司从事客服工作，先后骗取42名被害人共计58万余元。</p>`;

describe('a name the article withholds (某)', () => {
  const engine = engineFromArticles([parseArticle(VERDICT, 'verdict')]);

  it('is not given: the article writes only 葛某', () => {
    for (const question of ['葛某的全名叫什么？', '葛某叫什么名字？', '葛某的真名是什么？']) {
      const answer = engine.ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.headline).toBe('文章没有给出“葛某”的名字。');
    }
  });

  it('leaves other questions about the person to the reader', () => {
    expect(engine.ask('葛某被判了几年？').direct).toContain('六年');
    expect(engine.ask('葛某骗了多少钱？').direct).toContain('58万余元');
  });
});
