import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a verdict that fines a company, and never gives its revenue.
const VERDICT = `沐溪一化工企业非法倾倒危废被判罚
<p>法院一审判决，被告单位沐溪化工有限公司犯污染环境罪，被判处罚金人民币900万元。</p>
<p>被告人、公司原法定代表人周明远被判处有期徒刑五年，并处罚金80万元。</p>`;

describe('a sum of money asked by a word jieba tags as a verb (收入, 投资)', () => {
  const engine = engineFromArticles([parseArticle(VERDICT, 'money-verb-noun')]);

  it('is refused, naming it, when the article never writes it (营业收入), not answered with the fine', () => {
    const reply = engine.ask('沐溪化工一年的营业收入有多少？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('收入');
  });

  it('still answers the fine the article gives', () => {
    expect(engine.ask('沐溪化工被判处罚金多少？').direct).toContain('900万元');
  });
});

// Written for this test: a lorry that broke a railing, the length broken nearer the question's words than the sum paid.
const RAILING = `岷溪一物流公司货车撞坏护栏
<p>岷溪一物流公司货车日前撞坏道路护栏12米，该公司已全额赔偿。</p>
<p>据交警部门介绍，公司最终赔偿路政部门损失共计4.6万元。</p>`;

describe('a sum asked by its verb alone (赔了多少)', () => {
  it('is answered with the sum, not a length written nearer', () => {
    const reply = engineFromArticles([parseArticle(RAILING, 'railing')]).ask('物流公司赔了多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('4.6万元');
  });
});
