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


// Written for this test: an article whose subject only its title names; its sentences say 全镇,
// 镇内, 当地.
const TOWN = `青岩镇
<p>全镇面积九十二平方公里，地处城市南郊，明代初年因驻军而建，至今已有六百多年历史。</p>
<p>镇内保存着古城墙、石板街和三十多座明清建筑。</p>
<p>当地特产玫瑰糖和豆腐圆子，每年吸引游客三百多万人次。</p>`;

describe('a question naming the subject only the title names', () => {
  const engine = engineFromArticles([parseArticle(TOWN, 'title-only')]);

  it('is answered: the title is the article, not a word it lacks', () => {
    const answer = engine.ask('青岩镇有多少年历史？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('六百多年');
  });

  it('still refuses what neither the title nor the sentences say', () => {
    const answer = engine.ask('花溪区的人口是多少？');
    expect(answer.abstained).toBe(true);
  });
});
