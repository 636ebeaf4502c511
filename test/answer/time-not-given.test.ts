import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a travel-rush report that never says when the rush ended, beside a
// booking number written in digits.
const RUSH = `岚峰铁路春运客流创新高
<p>记者从岚峰铁路局获悉，该局累计发送旅客1,284.6万人次，同比增长12.3%。</p>
<p>铁路部门提醒，春运结束后旅客仍可通过12306网站购买返程车票。</p>`;

describe('when, of something the article never dates', () => {
  const engine = engineFromArticles([parseArticle(RUSH, 'rush')]);

  it('is refused, not answered with a number that writes no time', () => {
    for (const question of ['When did the travel rush end?', '春运什么时候结束的？']) {
      const reply = engine.ask(question);
      expect(reply.abstained, question).toBe(true);
      expect(reply.direct, question).not.toContain('12306');
    }
  });
});

// Written for this test: a subsidy whose sum is given and whose date of payment is not.
const SUBSIDY = `棠溪县推出旧房改造补贴
<p>为协助业主改造旧房，县政府推出改造资助计划，每户最多可获3万元资助，预计涉及开支约4.6亿元。</p>`;

describe('when, answered by a sum in 元', () => {
  it('is refused: the 元 of a sum writes no time', () => {
    const reply = engineFromArticles([parseArticle(SUBSIDY, 'subsidy')]).ask('When will the subsidy be paid out?');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('亿元');
  });
});
