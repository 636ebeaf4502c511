import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an incident report naming one commentator, and giving a count of people hurt.
const ARTICLE = `一辆客车在山路上侧翻
<p>5月3日，一辆载有40名乘客的客车在山路上侧翻，事故造成12人受伤。</p>
<p>市交通局局长王文表示，山区道路需要加强安全管理。</p>`;

describe('a count of people something befell is not a count of the people named', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'count-of-an-act')]);

  it('reads the figure instead of counting the names the article gives', () => {
    const answer = engine.ask('有多少人在事故中受伤？');
    expect(answer.direct).not.toContain('王文');
    expect(answer.direct).toMatch(/\d+(?:人|名)/u);
    expect(engine.ask('How many people were injured?').direct).not.toContain('王文');
  });
});
