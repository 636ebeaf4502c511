import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the length asked stands a few words past the question's own words, after a
// date the sentence opens with; the reader must still offer it whole (figure and measure).
const ARTICLE = `两名护林员雪山迷路获救
<p>当地救援部门最近发布通报显示，今年2月14日，某林场两名护林员在巡山途中遭遇暴风雪，两人在山洞中躲避了大约19个小时，随后被直升机救出。</p>
<p>救援部门表示，两人身体状况良好。</p>`;

describe('a figure with its measure word is always a candidate', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'figure-candidates')]);

  it('answers how long with the length, not the date the sentence opens with', () => {
    expect(engine.ask('护林员躲了多久？').direct).toBe('19个小时');
  });
});
