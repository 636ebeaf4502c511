import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a company report that introduces a term by what it is, names what drives
// its growth with a copula the other way round, and lists aims whose last one follows a comma.
const ARTICLE = `星河科技发布季度业绩
<p>4月10日，星河科技宣布新一代智能导航系统XNS正式上市。</p>
<p>目前以订阅为主要收费方式的云服务仍是星河科技营收增长的最大引擎。</p>
<p>星河科技提出，今年有四大重点方向：拓展海外市场、提升产品质量、降低运营成本，以及加强人才培养。</p>
<p>5月3日下午，星河科技职员王文到青石区公安局报案，称遭到敲诈。</p>`;

describe('answers the article words in its own ways', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'article-wordings')]);

  it('says what a term is from the noun phrase written right before it', () => {
    const answer = engine.ask('XNS是什么？');
    expect(answer.direct).toContain('导航系统');
    expect(answer.direct).not.toContain('宣布');
  });

  it('answers "Y是什么" with what the article says is Y', () => {
    expect(engine.ask('星河科技营收增长的最大引擎是什么？').direct).toBe('以订阅为主要收费方式的云服务');
  });

  it('ends the answer where the question goes on, unless a which asks of that class', () => {
    expect(engine.ask('王文在哪里报案？').direct).toBe('青石区公安局');
  });

  it('keeps the last item of a list written after a comma', () => {
    const answer = engine.ask('星河科技今年的四大重点方向是什么？');
    expect(answer.direct).toContain('拓展海外市场');
    expect(answer.direct).toContain('加强人才培养');
  });
});
