import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two agreements signed, where and why, and one of them named again after.
const ARTICLE = `两市签署合作协议
<p>本报讯（记者 周行）3月18日，甲市与乙市在乙市会展中心签署了《两市交通一体化合作协议》和《两市人才交流备忘录》。</p>
<p>甲市市长李明表示，签署《两市交通一体化合作协议》的目的是缩短两市通勤时间。</p>
<p>根据协议，两市将在三年内开通城际铁路。</p>`;

describe('a question worded with signing', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'signing-a-thing')]);

  it('that asks where the agreement it names was signed is read, not answered with the list of agreements', () => {
    // 何处 is no cue of the intent table's "where": the words of signing gave the question to the agreements.
    const answer = engine.ask('两市在何处签署了《两市交通一体化合作协议》？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('会展中心');
    expect(answer.direct).not.toContain('备忘录');
  });

  it('that asks what was signed lists each agreement once, cited where it is first reported', () => {
    const answer = engine.ask('两市签署了哪些协议？');
    expect(answer.direct).toBe('两市交通一体化合作协议；两市人才交流备忘录');
    expect(answer.passages.map((p) => p.paragraph)).toEqual([1]);
  });

  it('that asks what the agreement provides is read, not answered with the list of agreements', () => {
    // 协议 made it an agreements question; its asking word stands by 开通, not by the signing.
    const answer = engine.ask('根据协议，两市将开通什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('城际铁路');
    expect(answer.direct).not.toContain('备忘录');
  });

  it('that asks in English why they signed is read, not answered with the list of agreements', () => {
    const answer = engine.ask('Why did the two cities sign the agreement?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).not.toContain('备忘录');
  });

  it('that asks what was signed without naming the document still gets the list', () => {
    expect(engine.ask('两市签了什么？').direct).toBe('两市交通一体化合作协议；两市人才交流备忘录');
  });
});
