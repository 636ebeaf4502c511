import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';

// Written for this test: a company whose name ends in 为, so that jieba reads 为什么 in the question.
const ARTICLE = `蓝为科技一季度业绩
<p>星河集团是蓝为智行模式合作方，一季度销量仅1.2万辆。</p>
<p>蓝为科技称，研发投入仍将持续。</p>`;

describe('为什么 inside a question before a noun and 的 asks "what kind of", not why', () => {
  it('types the question by its 什么', () => {
    expect(analyseQuestion('星河集团是蓝为什么模式的合作方？').type).not.toBe('reason');
    expect(analyseQuestion('为什么飞机的翼尖要安装小翼？').type).toBe('reason');
  });

  it('answers with the kind, ending at the class noun the question asks of', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'what-kind-of')]);
    expect(engine.ask('星河集团是蓝为什么模式的合作方？').direct).toBe('智行模式');
  });
});
