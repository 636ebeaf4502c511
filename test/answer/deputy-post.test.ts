import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a harvest report that names a company's deputy manager, never its manager.
const HARVEST = `棠溪县夏粮收购进度过半
<p>棠溪粮食储备公司副总经理霍家澍介绍，截至6月18日，全县累计收购新麦12.6亿斤。</p>
<p>县农业农村局局长许文彬表示，今年小麦亩产预计比上年增加8公斤。</p>`;

describe('a post the article names only its deputy of', () => {
  const engine = engineFromArticles([parseArticle(HARVEST, 'harvest')]);

  it('refuses who holds the post, rather than name the deputy', () => {
    const reply = engine.ask('棠溪粮食储备公司的总经理叫什么名字？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('总经理');
  });

  it('names the deputy, and a post the article gives its holder of', () => {
    expect(engine.ask('棠溪粮食储备公司的副总经理叫什么名字？').direct).toContain('霍家澍');
    expect(engine.ask('县农业农村局的局长叫什么名字？').direct).toContain('许文彬');
  });
});
