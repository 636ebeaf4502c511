import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: an exhibition's whole count in its lead, and a later section's smaller
// count written with the question's own verb.
const EXHIBITION = `青川博物馆漆器特展开幕
<p>青川博物馆漆器特展昨日开幕。据馆方介绍，特展汇集了漆器、木器等展品，合计126件（组），多数来自馆藏。</p>
<p>展览分为三个单元。特展的“海外遗珍”单元展出了12件从海外借回的文物，吸引了不少观众驻足。</p>`;

describe('a figure asked in all (总共, 一共)', () => {
  const engine = engineFromArticles([parseArticle(EXHIBITION, 'sum-asked')]);

  it('is answered by the sum the article writes (合计126件), not a part counted with the question\'s verb', () => {
    expect(engine.ask('这次特展总共有多少件文物展出？').direct).toBe('126件');
  });
});

// Written for this test: a province's total, said with 累计 at its clause's start, and a town's
// count written with the question's own verb right before it.
const EVACUATION = `台风过境 全省转移群众
<p>据省应急管理厅统计，全省已累计转移受威胁群众2.5万人，各地未接到人员伤亡报告。</p>
<p>东坪镇镇长说，镇里提前转移了3200多名群众，他们暂住在学校里。</p>`;

describe('a sum said with 累计 earlier in its clause', () => {
  const engine = engineFromArticles([parseArticle(EVACUATION, 'sum-in-clause')]);

  it('answers a figure asked in all (总共)', () => {
    expect(engine.ask('全省总共转移了多少人？').direct).toBe('2.5万人');
  });
});

// Written for this test: a yearly promise worded as the question is, and the three years' total.
const PROMISE = `青川科技收购东岭新材
<p>根据业绩承诺，东岭新材每年至少要赚1.2亿元，三年累计不低于4.9亿元。</p>
<p>本次交易尚需股东大会审议。</p>`;

describe('a sum asked as what the parts add up to (加起来)', () => {
  const engine = engineFromArticles([parseArticle(PROMISE, 'sum-added-up')]);

  it('is the total written with 累计, not the yearly part', () => {
    expect(engine.ask('按承诺，东岭新材三年的利润加起来至少是多少？').direct).toBe('4.9亿元');
  });
});

// Written for this test: the officers sent out, counted without 共, and an alert's days counted with 累计.
const PATROL = `某市重污染天气应急响应解除
<p>他透露，该市已组织执法人员1900余人，组成186个检查组，对工地和企业进行全天候巡查。</p>
<p>去年同期，该市曾两次启动橙色预警，累计持续9天。</p>`;

describe('a count asked in all (一共) where the only sum written is a length of time', () => {
  const engine = engineFromArticles([parseArticle(PATROL, 'sum-not-duration')]);

  it('answers with the people counted, not the days the alert ran', () => {
    expect(engine.ask('一共派出了多少执法人员去巡查？').direct).toBe('1900余人');
  });
});
