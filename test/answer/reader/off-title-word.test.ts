import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a company's results, its long name in the title and in most sentences,
// the one figure asked for in a sentence that calls it 该公司.
const ARTICLE = `青禾岭新材料科技2024年净利润增长12%
<p>青禾岭新材料科技股份有限公司（以下简称“青禾岭新材料科技”）3月20日晚间披露年度报告。报告显示，2024年该公司实现营业收入46.8亿元，同比增长7.2%；</p>
<p>截至2024年末，青禾岭新材料科技资产总额达120.5亿元，较上年末增长6.1%。</p>
<p>青禾岭新材料科技拟向全体股东每10股派发现金红利1.5元。</p>
<p>截至3月20日收盘，青禾岭新材料科技股价报18.36元/股，总市值约95.2亿元。</p>
<p>青禾岭新材料科技董事长表示，公司将继续加大研发投入。</p>
<p>青禾岭新材料科技研发人员达1200人，在建项目共8个。</p>
<p>青禾岭新材料科技年内计划新建生产线3条。</p>
<p>新能源电池隔膜仍是利润最大的产品线。</p>
<p>海外订单主要来自东南亚和中东。</p>
<p>一位行业研究员说，原材料涨价可能压低今年的毛利。</p>
<p>公司还计划在西南地区新建一座仓储中心。</p>
<p>当天，整个新材料板块小幅走高。</p>`;

describe('a question naming the title’s subject and one word of what it asks', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'off-title-word')]);

  it('reads the sentence holding the word outside the title, though the name outweighs it elsewhere', () => {
    const answer = engine.ask('青禾岭新材料科技去年收入多少？');
    expect(answer.direct).toContain('46.8亿元');
  });
});
