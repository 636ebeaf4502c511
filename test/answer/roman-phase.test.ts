import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a drug approval that numbers its trials' phases in Roman numerals (Ⅲ期),
// where a reader asks in Chinese numerals (三期).
const APPROVAL = `国产新药获批上市 用于治疗特发性肺纤维化
<p>国家药品监督管理局近日发布公告，批准禾安生物研发的1类创新药上市，用于治疗成人特发性肺纤维化。</p>
<p>特发性肺纤维化是一种病因不明的慢性疾病，多见于50岁以上人群，患者确诊后中位生存期仅为3至5年。</p>
<p>据介绍，该药的关键性Ⅲ期临床试验在全国42家医院开展，共入组患者816人，主要研究者为某医科大学附属医院呼吸科主任。</p>
<p>试验结果显示，与安慰剂组相比，用药组患者一年内肺功能下降幅度减少约四成。</p>
<p>产能方面，公司位于苏州的生产基地已通过检查，年产能可达1.2亿片。</p>
<p>公司董事长表示，将尽快申请纳入国家医保药品目录，同时已启动进展性肺纤维化、系统性硬化症相关间质性肺病两个新适应症的Ⅲ期临床研究。</p>
<p>业内人士认为，该药上市后有望降低患者用药负担。</p>`;

describe('a phase asked as 三期 where the article writes Ⅲ期', () => {
  const engine = engineFromArticles([parseArticle(APPROVAL, 'roman-phase')]);

  it('is not refused as a word the article lacks', () => {
    const reply = engine.ask('公司接下来还在给哪两种病做三期？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('系统性硬化症相关间质性肺病');
  });
});
