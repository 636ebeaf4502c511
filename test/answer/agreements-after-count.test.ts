import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { extractAgreements } from '../../src/answer/facts/lists.js';

// Written for this test: two cities' meeting, one 《》 agreement and three documents listed after their count.
const ARTICLE = `甲市与乙市建立友好城市关系
<p>会谈后，甲市市长与乙市市长共同签署了《甲市与乙市建立友好城市关系协议书》。根据协议，两市将每年互访一次。</p>
<p>双方还见证签署了3项合作文件，分别是：甲市商务局与乙市商会签署的经贸合作谅解备忘录（MoU）、甲市职业学院与乙市理工学院签署的合作办学协议，以及甲市旅游局与乙市旅游局签署的旅游推广合作协议。</p>`;

describe('agreements a report names in full', () => {
  const article = parseArticle(ARTICLE, 'agreements-after-count');

  it('takes a 《》 title ending in 协议书, and the documents listed after their count, without who signed them', () => {
    expect(extractAgreements(article).map((a) => a.text)).toEqual([
      '甲市与乙市建立友好城市关系协议书',
      '经贸合作谅解备忘录',
      '合作办学协议',
      '旅游推广合作协议',
    ]);
  });

  it('answers what was signed with the documents, not with 根据协议', () => {
    const engine = engineFromArticles([article]);
    const answer = engine.ask('两个城市签了什么协议？');
    expect(answer.direct).toContain('甲市与乙市建立友好城市关系协议书');
    expect(answer.direct).not.toContain('根据协议');
  });
});
