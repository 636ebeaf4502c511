import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a fund-raising fraud's verdict, with shares, sums and an age group but no
// defendant's age; and a city's libraries counted in 座.
const VERDICT = `某投资公司非法集资案宣判
<p>法院审理查明，2019年3月至2023年9月，甲某实际控制某公司，以“预订养老床位”为名，向投资人承诺年化收益10%至16%，先后在某市开设9家门店。</p>
<p>经审计，该公司共向800余名群众非法集资2.1亿元，其中60岁以上的老年人占比达八成。</p>
<p>甲某被判处有期徒刑十年，并处罚金50万元。</p>`;

const LIBRARIES = `某市公共文化设施建设情况
<p>据统计，某市共有3座市立图书馆和12所中学向市民开放阅览室。</p>
<p>市文化局表示，明年还将新建一座少儿图书馆。</p>`;

describe('a figure asked in a form of its own (多大年纪 in 岁, 几间 in a measure of single things)', () => {
  it('is refused as a figure not given when nothing about whom it asks is written in that form', () => {
    const engine = engineFromArticles([parseArticle(VERDICT, 'figure-form-verdict')]);
    for (const question of ['甲某今年多大年纪？', '甲某多大岁数？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toContain('没有给出这个数字');
    }
  });

  it('is answered by a count of single things in another measure (3座 for 几间)', () => {
    const engine = engineFromArticles([parseArticle(LIBRARIES, 'figure-form-libraries')]);
    const answer = engine.ask('该市有几间市立图书馆？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('3座');
  });

  it('refuses a count of people answered with a count of things (2台 for 多少人)', () => {
    // Written for this test: a car subsidy with sums, cars sold and a limit per buyer, but no count of applicants.
    const engine = engineFromArticles([
      parseArticle(
        `某县开展汽车消费补贴活动\n<p>去年，某县开展汽车消费补贴活动，共发放补贴资金600万元，带动销售新车1200台，每位消费者最多可申领2台。</p>\n<p>县商务局局长丁某表示，今年将把补贴范围扩大到家电。</p>`,
        'figure-form-people',
      ),
    ]);
    const answer = engine.ask('一共有多少人申领补贴？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('没有给出这个数字');
    expect(engine.ask('活动带动销售了多少台新车？').direct).toContain('1200台');
  });
});
