import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a lab's result, with a researcher whose university is not given; and a
// project head whose university is.
const LAB = `某研究所研制出新型滤膜
<p>记者从东岭材料研究所获悉，该所研制出一种新型净水滤膜。</p>
<p>论文第一作者、研究所2021级博士研究生韩晓雯回忆，项目前两年做了近400组实验。</p>`;

const HEAD = `某研究所新型滤膜投产
<p>项目负责人周启明毕业于北岭师范大学化学系，2015年加入研究所。</p>`;

describe('a member of an institution asked (哪所大学)', () => {
  const engine = engineFromArticles([parseArticle(LAB, 'institution-lab'), parseArticle(HEAD, 'institution-head')]);

  it('is refused when the clause read names no university, and the refusal says which thing is not given', () => {
    const answer = engine.ask('韩晓雯本科是在哪所大学读的？', { articleId: 'institution-lab' });
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('文章没有说是哪一大学');
  });

  it('is answered when the article names it', () => {
    const answer = engine.ask('周启明毕业于哪所大学？', { articleId: 'institution-head' });
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('北岭师范大学');
  });
});
