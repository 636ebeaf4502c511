import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a trial whose patients' age is given (62岁) but not how many there were.
const APPROVAL = `某新药获批上市
<p>国家药品监督管理局近日批准禾安生物研发的创新药上市，用于治疗特发性肺纤维化。</p>
<p>公司此前在美国开展的二期试验中，入组患者的平均年龄为62岁，用药组肺功能下降幅度减少约四成。</p>
<p>公司表示，该药年产能可达1.2亿片。</p>`;

describe('an age asked as a count of people', () => {
  const engine = engineFromArticles([parseArticle(APPROVAL, 'age-no-count')]);

  it('is no count: refused', () => {
    expect(engine.ask('他们在美国做的二期试验招了多少病人？').abstained).toBe(true);
  });

  it('still answers how old', () => {
    expect(engine.ask('美国的二期试验患者平均多大年纪？').direct).toBe('62岁');
  });
});
