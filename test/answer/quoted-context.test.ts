import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a paragraph whose value stands in the sentence after the one naming what
// the question asks about, between sentences that say nothing of it.
const ARTICLE = `白石湖湿地
<p>白石湖位于县城以西。白石湖湿地公园去年正式开放。公园里栽种了大片芦苇，占地约三千亩。游客可以乘船游览。附近还有一座古桥。</p>
<p>县里今年还将新建两座图书馆。</p>`;

describe('the quotation: the answer in the context the question asks about', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'quoted-context')]);

  it('quotes the neighbouring sentence that names the question words with the answer’s own, and no other', () => {
    const answer = engine.ask('白石湖湿地公园占地多少亩？');
    expect(answer.direct).toContain('三千亩');
    const quoted = answer.passages[0]!.text;
    // The answer's sentence and the one before it, which names the park the question asks about.
    expect(quoted).toContain('占地约三千亩');
    expect(quoted).toContain('白石湖湿地公园去年正式开放');
    // Neighbours naming nothing the question asks stay out, as do sentences two away.
    expect(quoted).not.toContain('乘船');
    expect(quoted).not.toContain('县城以西');
  });

  it('marks the answer where it is quoted', () => {
    const answer = engine.ask('白石湖湿地公园占地多少亩？');
    expect(answer.passages[0]!.matched).toContain(answer.direct);
  });

  it('marks the answer as a traditional article writes it', () => {
    const written = engineFromArticles([parseArticle(`白石湖濕地
<p>白石湖位於縣城以西。白石湖濕地公園去年正式開放。公園裡栽種了大片蘆葦，佔地約三千畝。遊客可以乘船遊覽。</p>`, 'quoted-context-traditional')]);
    const answer = written.ask('白石湖湿地公园占地多少亩？');
    expect(answer.direct).toContain('三千畝');
    const passage = answer.passages[0]!;
    expect(passage.text).toContain('白石湖濕地公園去年正式開放');
    expect(passage.matched).toContain(answer.direct);
    expect(passage.text).toContain(answer.direct);
  });
});
