import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a town's name (惠临) stands in a company's name and in a group's, whose
// general manager is named with his post.
const plant = parseArticle(
  '惠临新水厂投产\n<p>本报讯 惠临第三水厂12月1日正式投产，日供水能力达到20万吨。</p>' +
    '<p>水厂所用管材由本地企业惠临管材有限公司供货。</p>' +
    '<p>惠临水务集团总经理周立新介绍，新水厂投产后，城区东部的供水压力将明显缓解。</p>',
  'post-of-named',
);

describe('an English question asking who holds a post of a named body', () => {
  const engine = engineFromArticles([plant]);

  it('answers with the holder of the post, not with what the article calls the name it spells', () => {
    const answer = engine.ask('Who is the general manager of the Huilin water group?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('周立新');
  });

  it('still says what a person asked by name is', () => {
    expect(engine.ask('Who is Zhou Lixin?').direct).toBe('惠临水务集团总经理');
  });
});
