import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two articles; "family" has translations in both (家人 here, 大家 and 家庭 there).
const RIVER = `男子冬日下河救人
<p>1月19日中午，一名男子下河营救落水儿童后失踪。</p>
<p>家人先在河边发现了他的车子，随后又找到了他脱下的衣服。</p>`;
const FAIR = `社区举办家庭运动会
<p>周末，社区举办家庭运动会，大家踊跃报名，一百多个家庭参加了比赛，不少家属全家出动。</p>
<p>工作人员提前上门发放报名表，家族里的老人也来到现场加油。</p>`;

describe('an English question in a library of several articles', () => {
  const engine = engineFromArticles([parseArticle(RIVER, 'river'), parseArticle(FAIR, 'fair')]);

  it('reads a word through the translations the article it answers from writes, not those only another writes', () => {
    // The article is the one asked about (as with /ask article:), so only the reading is tested.
    const answer = engine.ask('What did the family find first by the river?', { articleId: 'river' });
    expect(answer.article.id).toBe('river');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.paragraph).toBe(2);
    expect(answer.direct).toMatch(/车子|衣服/);
  });
});
