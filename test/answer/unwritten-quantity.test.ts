import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { foldArticle } from '../../src/answer/written.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';
import { prepareArticle } from '../../src/answer/reader/prepare.js';
import { questionGrams } from '../../src/answer/reader/retrieve.js';

// Written for this test: the age is given as 48岁, and 年 stands in another word (大年初一).
const body = `<p>王建军是当地的一名渔民，在海边生活了大半辈子。</p>
<p>大年初一上午，王建军驾驶渔船出海，在离岸约15公里的海面上发现了两名落水游客。</p>
<p>他的女儿告诉记者，父亲现年48岁，水性很好，常年在海上作业。</p>`;
const prepared = (extra = '') => prepareArticle(foldArticle(parseArticle(`渔民王建军出海救起两名游客\n${body}${extra}`, 'unwritten-quantity')));

describe('a figure asked by a general word (多大年纪, 年龄是多少)', () => {
  it('does not look for the word when the article never writes it: its 年 would meet 大年初一 by chance', () => {
    const grams = questionGrams(prepared(), analyseQuestion('王建军的年纪有多大？'));
    expect(grams.weights.has('年')).toBe(false);
    expect(grams.weights.has('岁')).toBe(true);
    expect(grams.weights.has('建军')).toBe(true);
  });

  it('still looks for it where the article writes it', () => {
    const grams = questionGrams(prepared('<p>在村里的渔民中，他的年纪不算大。</p>'), analyseQuestion('王建军的年纪有多大？'));
    expect(grams.weights.has('年纪')).toBe(true);
  });

  it('keeps such a word in a question that asks no figure', () => {
    const grams = questionGrams(prepared(), analyseQuestion('王建军在什么年纪开始打鱼？'));
    expect(grams.weights.has('年')).toBe(true);
  });
});
