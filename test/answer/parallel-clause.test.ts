import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two fares in parallel clauses, the second leaving out what the first said
// (普通成人月票每张售价为120元，学生则为60元).
const FARES = `某市调整公交月票价格
<p>市交通运输局10月8日发布通知，自11月1日起调整公交月票价格。</p>
<p>调整后，普通成人月票每张售价为120元，学生则为60元，老年人仍可免费乘车。</p>
<p>去年全市公交日均客运量约为180万人次。</p>`;

describe('a figure asked of the subject a later parallel clause names', () => {
  const engine = engineFromArticles([parseArticle(FARES, 'parallel-clause')]);

  it('is that clause\'s, though the first clause holds more of the question\'s words', () => {
    expect(engine.ask('学生月票每张售价为多少？').direct).toBe('60元');
    expect(engine.ask('学生买月票每张售价多少钱？').direct).toBe('60元');
  });

  it('is the first clause\'s where the question names its subject', () => {
    expect(engine.ask('成人月票每张售价多少？').direct).toBe('120元');
  });
});
