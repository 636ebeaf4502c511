import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: runners disqualified, counted nowhere, beside a rank.
const RACE = `东川半程马拉松落幕
<p>东川半程马拉松昨日鸣枪开跑。</p>
<p>赛后，组委会通报称，有选手因抄近路被取消成绩，其中包括原本排名第三的选手。</p>`;

describe('a count asked where the article writes only a rank', () => {
  const engine = engineFromArticles([parseArticle(RACE, 'rank-not-count')]);

  it('is refused: 第三 counts nothing', () => {
    expect(engine.ask('How many runners were disqualified for taking a shortcut?').abstained).toBe(true);
  });
});
