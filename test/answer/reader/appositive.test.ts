import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the father is named again and again, his daughter once, right after her role.
const ARTICLE = `男子下河救人不幸遇难
<p>1月19日中午，在工地打工的张德山看到有孩子落水，立即下水营救，不幸遇难。</p>
<p>1月25日，张德山的女儿告诉记者，父亲的遗体已经找到。</p>
<p>搜救进行了两天，张德山的女儿张小雨也全程跟着救援队寻找父亲。</p>
<p>张德山的同事说，他平时为人热心。</p>`;

describe('a person asked by their role', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'appositive')]);

  it('is the name right after the role, not the person named most', () => {
    // A person's role comes with the name when the article gives it (张小雨（张德山的女儿）).
    expect(engine.ask('张德山的女儿叫什么名字？').direct).toMatch(/^张小雨(?:（张德山的女儿）)?$/u);
    expect(engine.ask("What's the daughter's name?").direct).toMatch(/^张小雨(?:（张德山的女儿）)?$/u);
  });
});
