import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a race report that names a few runners and gives how many took part.
const ARTICLE = `某市半程马拉松开跑
<p>4月6日8时，某市半程马拉松在滨江广场起跑，共有1.8万名选手参赛。</p>
<p>男子组冠军由选手甲获得，选手乙和选手丙分获第二、三名。</p>
<p>组委会主任丁某表示，明年将增设全程项目。</p>`;

// Written for this test: a meeting report that names who attended and gives no figure of them.
const MEETING = `两地举行合作座谈
<p>6月2日，某市市长张文、副市长李华与来访的某县县长王明座谈。</p>
<p>双方表示将加强交通和旅游合作。</p>`;

describe('a count of people the article gives as a figure', () => {
  it('is answered with the figure beside the question’s words, not by counting the names it lists', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'people-figure')]);
    const answer = engine.ask('一共有多少人参赛？');
    expect(answer.direct).toContain('1.8万名');
    expect(answer.direct).not.toContain('选手甲');
  });

  it('still counts the names when the article writes no figure of those people', () => {
    const engine = engineFromArticles([parseArticle(MEETING, 'people-named')]);
    expect(engine.ask('有多少人参加了座谈？').direct).toMatch(/^3：/u);
  });
});
