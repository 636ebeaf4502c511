import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a chain's quarter and a county's crop losses, asked in spoken Chinese and
// in an English word the dictionary does not gloss to the article's (discount).
const CHAIN = `某茶饮品牌三季度业绩发布
<p>公司三季度新开业412家，门店已覆盖全国31个省份。</p>
<p>数据显示，公司三季度闭店数量为96家，闭店率约为1.8%。</p>
<p>会员下单继续享受饮品费用减免20%。</p>`;

const CROPS = `野象进村踩踏农作物
<p>经初步统计，象群共踩踏玉米、甘蔗等农作物约42亩，施工现场的12名工人已被疏散。</p>`;

describe('words a question says otherwise than the article', () => {
  const engine = engineFromArticles([parseArticle(CHAIN, 'news-words'), parseArticle(CROPS, 'spoken-words')]);

  it('reads discount as a fee waived (减免)', () => {
    const discount = engine.ask('What discount do members get?', { articleId: 'news-words' });
    expect(discount.abstained).toBeFalsy();
    expect(discount.passages[0]?.text).toContain('减免20%');
  });

  it('reads spoken 庄稼 and 工地 as the written 农作物 and 施工现场', () => {
    expect(engine.ask('这次庄稼一共被糟蹋了多少亩？', { articleId: 'spoken-words' }).direct).toContain('42亩');
    expect(engine.ask('工地上有多少工人被疏散？', { articleId: 'spoken-words' }).direct).toContain('12名');
  });
});
