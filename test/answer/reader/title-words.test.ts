import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: an article titled with its subject's name, which only its first sentence
// repeats; the sentences after it say 本种 or nothing.
const ARTICLE = `红顶鹛
<p>红顶鹛是一种小型鸣禽，为雀形目画眉科红顶鹛属的其中一种，体长约十五厘米。</p>
<p>本种分布于老挝、越南、泰国以及缅甸北部等地，多栖息在海拔一千米以上的山林中。</p>
<p>平时成小群活动，以昆虫和浆果为食，每年四月至六月繁殖，每窝产卵三到四枚。</p>`;

describe('a question naming what the whole article is about', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'title-words')]);

  it('is answered from the sentence that says the rest of it, not the one repeating the name', () => {
    const answer = engine.ask('红顶鹛以什么为食？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('昆虫');
    expect(answer.passages[0]?.paragraph).toBe(3);
  });

  it('still answers from the first sentence what only it says', () => {
    expect(engine.ask('红顶鹛体长多少？').direct).toContain('十五厘米');
  });
});

