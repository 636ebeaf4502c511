import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { analyseQuestion } from '../../src/answer/reader/analyse.js';
import { PEOPLE_MEASURES } from '../../src/answer/reader/answer-types.js';

// Written for this test: a count of people given as 3.2万人, with no 人数 written, beside a share.
const FESTIVAL = `东川读书节开幕
<p>第五届东川读书节昨日开幕。活动报名自9月1日开启，共有3.2万人报名，其中中小学生占六成。</p>`;

describe('a count of people asked by its general name (人数)', () => {
  const engine = engineFromArticles([parseArticle(FESTIVAL, 'head-count')]);

  it('is not refused for the 人数 the article never writes', () => {
    expect(engine.ask('报名参加读书节的人数有多少？').direct).toBe('3.2万人');
  });

  it('is asked in people\'s measures, so a share is no answer', () => {
    expect(analyseQuestion('读书节的报名人数是多少？').units).toEqual(PEOPLE_MEASURES);
    expect(engine.ask('读书节的报名人数是多少？').direct).toBe('3.2万人');
  });
});
