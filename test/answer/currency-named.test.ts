import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: sums in 元 whose currency is named before the figure, in both scripts.
const traditional = parseArticle(
  '社區公園改建完工\n<p>市府今天宣布，東橋社區公園改建工程完工，總經費約新臺幣3,200萬元。</p><p>公園新增兒童遊戲區與步道，每日開放至晚間10時。</p>',
  'currency-tw',
);
const simplified = parseArticle(
  '老街修缮启动\n<p>记者从区文旅局获悉，青瓦老街修缮工程日前启动，计划投入人民币1.8亿元。</p><p>工程预计明年6月完工。</p>',
  'currency-zh',
);

describe('a sum whose currency the article names before it', () => {
  it('is given with its currency, and its 约', () => {
    expect(engineFromArticles([traditional]).ask('公園改建花了多少錢？').direct).toBe('約新臺幣3,200萬元');
    expect(engineFromArticles([simplified]).ask('老街修缮计划投入多少钱？').direct).toBe('人民币1.8亿元');
  });

  it('keeps a bare sum bare', () => {
    const plain = parseArticle('集市开张\n<p>周末集市昨天开张，摊位费每天50元。</p>', 'currency-plain');
    expect(engineFromArticles([plain]).ask('摊位费每天多少钱？').direct).toBe('50元');
  });
});
