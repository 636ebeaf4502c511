import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two officials whose posts share their last words (市委书记), one per city.
const ARTICLE = `两市举行座谈
<p>3月2日，东江市委书记周平与南岭市委书记、市人大常委会主任何川座谈。</p>
<p>双方表示将加强合作。</p>`;

describe('"哪位…是 <post>" asks who holds the post', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'which-official')]);

  it('names the holder of the post the question writes, not the one nearest a shared word', () => {
    expect(engine.ask('哪位领导是南岭市委书记？').direct).toContain('何川');
    expect(engine.ask('南岭市委书记是哪位？').direct).toContain('何川');
    expect(engine.ask('哪位是东江市委书记？').direct).toContain('周平');
  });
});

// Written for this test: a consort named beside the ruler whose consort she was; no post is asked.
const CONSORT = `林皇后
<p>林皇后，北江郡人，南平王周成的王妃。她有一子周安。</p>
<p>周成即位后立她为皇后。</p>`;

describe('"是哪位 <class> 的 …" asks for a person, not for a post', () => {
  const engine = engineFromArticles([parseArticle(CONSORT, 'consort')]);

  it('reads the article instead of refusing the class noun it never writes', () => {
    const answer = engine.ask('林皇后是哪位帝王的王妃？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('周成');
  });
});
