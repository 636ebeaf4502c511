import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a whole and its part in one sentence (共有队员约85人，其中女性队员12人).
const CLIMB = `某登山队出征
<p>本报讯 11月8日，某省登山队从拉萨出发。本次登山由省体育局组织，全队共有队员约85人，其中女性队员12人，年龄最大的56岁。</p>
<p>领队周建国表示，登山队计划于明年5月登顶。</p>`;

describe('a part asked in a shorter word than the article’s (女队员 for 女性队员)', () => {
  const engine = engineFromArticles([parseArticle(CLIMB, 'part-named-loosely')]);

  it('is the part, not the whole, and 队里 is where it is counted, not a quantity the article lacks', () => {
    const answer = engine.ask('队里有几位女队员？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('12人');
  });

  it('leaves the whole to a question about the whole', () => {
    expect(engine.ask('全队一共有多少队员？').direct).toBe('约85人');
  });
});
