import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { extractAgreements } from '../../src/answer/facts/lists.js';

// Written for this test: two cities' ceremony, one 《》 agreement, then two documents listed after their count.
const ARTICLE = `甲乙两市结为友好城市
<p>仪式上，两市市长签署了《甲乙两市友好城市协议书》。根据协议，两市每年轮流举办一次文化周。</p>
<p>当天两市还签署了2份文件，包括：甲市港务局与乙市港口公司签署的物流合作备忘录（MOU），以及甲市卫生健康委与乙市卫生局签署的医疗合作协议。</p>`;

describe('agreements a report names in full', () => {
  const article = parseArticle(ARTICLE, 'agreements-after-count');

  it('takes a 《》 title ending in 协议书, and the documents listed after their count, without who signed them', () => {
    expect(extractAgreements(article).map((a) => a.text)).toEqual(['甲乙两市友好城市协议书', '物流合作备忘录', '医疗合作协议']);
  });

  it('answers what was signed with the documents, not with 根据协议', () => {
    const engine = engineFromArticles([article]);
    const answer = engine.ask('两个城市签了什么协议？');
    expect(answer.direct).toContain('甲乙两市友好城市协议书');
    expect(answer.direct).not.toContain('根据协议');
  });
});
