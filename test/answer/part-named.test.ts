import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a storm's damage, a whole counted and then a part of it after 其中, and a
// county's cases listed by district after 其中.
const STORM = `强降雨致某县多处房屋受损
<p>据县应急管理局统计，强降雨共造成3个乡镇受灾，860间房屋不同程度受损，其中37间倒塌，另有农田受浸约500亩。</p>
<p>县卫生局通报，今年累计报告本地病例95例，其中东区40例最多，其次为南区28例、北区17例。</p>`;

describe('a part counted after 其中, asked by what the part did', () => {
  const engine = engineFromArticles([parseArticle(STORM, 'part-named')]);

  it('gives the part the question names (倒塌), not the whole the ranker liked', () => {
    expect(engine.ask('有多少间房屋倒塌？').direct).toBe('37间');
  });

  it('reads the part in other words of the same act (倒掉 of 倒塌)', () => {
    expect(engine.ask('有多少间房子整个倒掉了？').direct).toBe('37间');
  });

  it('keeps the whole when the question names no part', () => {
    expect(engine.ask('有多少间房屋受损？').direct).toContain('860间');
    expect(engine.ask('县里今年本地病例累计有多少？').direct).toBe('95例');
  });
});
