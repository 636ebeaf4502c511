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
<p>资产质量方面，不良资产率为0.8%，较上年末下降0.1个百分点。</p>
<p>从业务结构看，新能源材料板块贡献了超过一半的利润。</p>
<p>零售方面，线上渠道签约客户达86万户，全年新增12万户。</p>
<p>某券商分析师认为，行业竞争加剧，全年增速能否维持仍有待观察。</p>
<p>二级市场方面，当日板块整体上涨0.6%。</p>`;

describe('a question naming the title’s subject and one word of what it asks', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'off-title-word')]);

  it('reads the sentence holding the word outside the title, though the name outweighs it elsewhere', () => {
    const answer = engine.ask('青禾岭新材料科技去年收入多少？');
    expect(answer.direct).toContain('46.8亿元');
  });
});
