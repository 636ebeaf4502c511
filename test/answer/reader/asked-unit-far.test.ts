import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the man's age stands in his daughter's words (父亲现年68岁), far from his
// name, while the sentences that name him give other figures (公里, 名).
const ARTICLE = `退休教师义务辅导留守儿童
<p>在村小学，退休教师张国华每天下午为留守儿童义务辅导功课，他从家步行约2公里到学校。</p>
<p>张国华辅导的孩子已有20多名。</p>
<p>女儿张丽介绍，父亲现年68岁，退休前在县城中学任教。</p>`;

describe('a figure asked in a unit the question names', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'asked-unit-far')]);

  it('is the figure in that unit, wherever it stands, not a nearer one in another', () => {
    for (const question of ['张国华今年多大？', '他今年多大？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.direct, question).toBe('68岁');
      expect(answer.passages[0]!.paragraph, question).toBe(3);
    }
  });

  it('keeps the figure the question is near when it is in the unit asked', () => {
    expect(engine.ask('张国华走多远到学校？').direct).toContain('2公里');
  });
});
