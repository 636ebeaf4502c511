import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a firm's product launch dated by day, and its founding year written in
// another sentence that names the firm but not the word 公司.
const LAUNCH = `某某电子发布新款扫地机器人 售价2999元起
<p>杭州某某电子有限公司3月6日晚在杭州举行发布会，推出新款扫地机器人“小净X5”，标准版售价2999元，旗舰版售价3999元。</p>
<p>据介绍，新品吸力达到8000帕，续航时间约为180分钟，可自动清洗拖布。</p>
<p>某某电子成立于2014年，去年扫地机器人销量约为80万台，在国内市场排名第五。</p>
<p>公司表示，新品将于3月15日起在各电商平台开售，首批备货5万台。</p>`;

describe('a year asked (哪一年, in what year)', () => {
  const engine = engineFromArticles([parseArticle(LAUNCH, 'year-asked-written')]);

  it('is answered by a likely span that writes a year, not by a day without one', () => {
    for (const question of ['这家公司是哪一年成立的？', 'In what year was the company set up?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBeFalsy();
      expect(answer.direct, question).toBe('2014年');
    }
  });

  it('leaves a day asked to the day', () => {
    expect(engine.ask('新品哪天开售？').direct).toContain('3月15日');
  });
});
