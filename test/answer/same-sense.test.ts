import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { lexiconFor } from '../../src/language/cedict.js';
import { sameSenseWords } from '../../src/language/shared-sense.js';
import { buildVocabulary } from '../../src/language/vocabulary.js';

// Written for this test: a research note and a county's shopping scheme.
const RESEARCH = `某大学团队发现一批新天体
<p>某大学天文系团队近日宣布，利用某射电望远镜发现了一批新天体。</p>
<p>团队用自动程序从约300万个候选信号中挑出了900个可疑信号，再逐一人工核对。</p>
<p>团队负责人乙某说，这批天体距离地球较远，观测难度很大。</p>
<p>相关论文已于5月3日在线发表于期刊《甲乙天文学报》。</p>
<p>团队下一步计划与另外两台望远镜开展联合观测。</p>`;

const SCHEME = `某县启动以旧换新活动
<p>某县商务局6日宣布，全县以旧换新活动正式启动。</p>
<p>消费者在首批确定的36家参与企业门店购买家电，可享受立减优惠。</p>`;

// Written for this test: a Taiwan clean-up drive, in Taiwan's word for volunteers (志工).
const DRIVE = `某縣展開清潔週
<p>衛生局即日起推動為期7天的清潔週，動員全縣逾1,300名志工，逐戶清除積水容器。</p>
<p>局長表示，活動經費約新臺幣200萬元。</p>`;

describe('a question worded in another word of the same sense', () => {
  it('counts 志愿者 where a Taiwan article writes 志工: the dictionary\'s "a volunteer" is "volunteer"', () => {
    const drive = engineFromArticles([parseArticle(DRIVE, 'same-sense-drive')]);
    const answer = drive.ask('清洁周动员了多少名志愿者？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('1,300名');
  });

  const research = engineFromArticles([parseArticle(RESEARCH, 'same-sense-research')]);
  const scheme = engineFromArticles([parseArticle(SCHEME, 'same-sense-scheme')]);

  it('answers 刊登 where the article writes 发表: both mean "to publish"', () => {
    const answer = research.ask('这项研究的论文刊登在哪本杂志？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('甲乙天文学报');
  });

  it('counts 商家 where the article counts 企业: both mean "enterprise"', () => {
    const answer = scheme.ask('首批有多少家商家参加？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('36家');
  });

  it('still refuses a thing the article names in no word at all', () => {
    expect(scheme.ask('首批商家一共拿到多少补贴资金？').abstained).toBe(true);
  });
});

describe('words of the same dictionary sense', () => {
  const text = '公司发表声明，表示接受处理结果。';
  const vocabulary = buildVocabulary(['发表', '声明', '表示', '接受', '处理', '结果'], lexiconFor([text], false));

  it('meet on a sense both give among their first', () => {
    expect(sameSenseWords('刊登', vocabulary)).toContain('发表');
  });

  it('do not meet on a sense that denies: 不服 is "not to accept", not 接受', () => {
    expect(sameSenseWords('不服', vocabulary)).not.toContain('接受');
  });

  it('leave a word the articles write, or a single character, to itself', () => {
    expect(sameSenseWords('发表', vocabulary)).toEqual([]);
    expect(sameSenseWords('登', vocabulary)).toEqual([]);
  });
});
