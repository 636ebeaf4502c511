import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { kinSynonyms } from '../../src/language/kin-words.js';

// Written for this test: a daughter who says 爸爸 where the question says 父亲.
const ARTICLE = `男子救人遇难
<p>1月20日，男子张立强跳入河中救起落水儿童，自己却没能上岸。</p>
<p>张立强的女儿张小雨告诉记者，父亲平时很喜欢小孩，也会游泳。</p>
<p>“他是别人眼中的英雄，可他只是我的爸爸。”张小雨说。</p>`;

describe('kin written one way and said another', () => {
  it('knows the words of one relation, and only those', () => {
    expect(kinSynonyms('父亲')).toContain('爸爸');
    expect(kinSynonyms('爸爸')).toContain('父亲');
    expect(kinSynonyms('母亲')).not.toContain('爸爸');
    expect(kinSynonyms('先生')).toEqual([]);
  });

  it('quotes what the daughter said of her 爸爸 when asked about her 父亲', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'kin-words')]);
    const answer = engine.ask('女儿是怎么说父亲的？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages.map((p) => p.text).join('')).toContain('只是我的爸爸');
  });
});
