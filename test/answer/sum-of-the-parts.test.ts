import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a team of retired teachers counted whole in one sentence and by its parts,
// listed in one measure, in another that names them as the question does.
const TEACHERS = `某市今年首批“银龄教师”上岗
<p>9月1日，一支由36名退休教师组成的支教队伍走上乡村学校讲台。</p>
<p>市教育局介绍，这批银龄教师由12名语文教师、15名数学教师和9名英语教师组成，平均年龄62岁。</p>
<p>他们将在12所乡村学校任教一年，每人每年可获补助2万元。</p>`;

describe('a whole asked (一共) where the article lists its parts', () => {
  const engine = engineFromArticles([parseArticle(TEACHERS, 'sum-of-the-parts')]);

  it('is the figure the parts add up to, not one of the parts', () => {
    for (const question of ['这批银龄教师一共有多少名？', '这批银龄教师一共有多少人？']) {
      expect(engine.ask(question).direct, question).toBe('36名');
    }
  });

  it('leaves a part asked by its name to the part', () => {
    expect(engine.ask('数学教师有多少名？').direct).toContain('15名');
  });
});
