import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a typhoon report whose count of people moved stands after a quoted official,
// who says 人民, says 转移 three times and puts safety 第一位.
const TYPHOON = `台风“岚峰”登陆 全省转移群众12.4万人
<p>今年第9号台风“岚峰”于8日凌晨在沐溪县沿海登陆。</p>
<p>副省长周明远当晚赶到指挥部。他说：“人民群众的安全摆在第一位，需要转移的必须转移，转移后要安置好。”</p>
<p>截至8日17时，全省累计转移危险区域群众12.4万人，暂无人员伤亡报告。</p>`;

describe('a count of people asked', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'typhoon')]);

  it('gives the people counted, not a rank that ends in 位, nor a refusal (English)', () => {
    const reply = engine.ask('How many people were evacuated?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12.4万人');
  });

  it('gives the people counted in Chinese too', () => {
    const reply = engine.ask('全省一共转移了多少人？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12.4万人');
  });

  it('still gives a rank where a rank is asked', () => {
    const reply = engine.ask('周明远说人民群众的安全摆在第几位？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('第一位');
  });
});

// Written for this test: the rooms counted in the first sentence that names the city and its urban
// villages, the people living in them counted in a later one, beside a smaller count of other tenants.
const VILLAGES = `沐溪市启动城中村改造
<p>市住建局昨日公布改造方案，全市约9.6万个城中村出租屋将在三年内达到居住安全标准，并由房东向街道办登记。</p>
<p>市住建局局长闵和说，目前约有31万人居于城中村，其中不少出租屋没有独立厨房。</p>
<p>首批改造的2,400个出租屋涉及租户约5,800人，今年年底前完工。</p>`;

describe('a count of people asked where a count of things stands nearer the question', () => {
  const engine = engineFromArticles([parseArticle(VILLAGES, 'villages')]);

  it('gives the people living there, not the rooms counted in 个', () => {
    const reply = engine.ask('全市有多少人住在城中村？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('31万人');
  });

  it('does so for the English question too', () => {
    const reply = engine.ask('How many people live in urban villages?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('31万人');
  });
});

// Written for this test: a wage dispute that gives the sum paid and never how many work at the firm.
const DISPUTE = `沂岚一公司被裁定支付加班费
<p>沂岚市劳动人事争议仲裁委员会近日裁定，沂岚芮舟科技有限公司向前员工支付加班费86,432元。</p>
<p>据了解，双方均未在法定期限内起诉，裁决已生效。</p>`;

describe('a count of people asked with no measure (多少员工)', () => {
  const engine = engineFromArticles([parseArticle(DISPUTE, 'dispute')]);

  it('is not answered with a sum of money', () => {
    const reply = engine.ask('沂岚芮舟科技有限公司一共有多少员工？');
    expect(reply.direct).not.toContain('86,432元');
  });

  it('still gives the sum where a sum is asked', () => {
    expect(engine.ask('公司要支付多少加班费？').direct).toContain('86,432元');
  });
});

// Written for this test: a harvest that counts its machines and never the people who pick by hand.
const HARVEST = `渠宁棉花采收进入高峰
<p>渠宁县棉花采收进入高峰期，今年全县投入采棉机1,200台，机采率达到91%。</p>
<p>县农业农村局表示，机采棉收购价每公斤6.1元至6.5元。</p>`;

describe('an English count of people that names them another way than the list of people words', () => {
  const engine = engineFromArticles([parseArticle(HARVEST, 'harvest')]);

  it('is not answered with machines, whether the noun has a hyphen or is some of a whole', () => {
    for (const question of ['How many seasonal hand-pickers came to the county this year?', "How many of the county's workers came this year?"]) {
      expect(engine.ask(question).direct).not.toContain('1,200台');
    }
  });
});

// Written for this test: rescuers sent to a quake's area, and beds counted beside them.
const RESCUE = `澧源县地震救援持续
<p>地震发生后，当地组织约620名救援人员赶赴灾区，连夜搜救被困群众。</p>
<p>民政部门调运帐篷800顶、折叠床1,500张，已全部发放到安置点。</p>`;

describe('"the area" in an English question about people', () => {
  it('is the place they went, not an area asked in square kilometres', () => {
    const reply = engineFromArticles([parseArticle(RESCUE, 'rescue')]).ask('How many rescuers were sent to the area?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('620名');
  });
});

// Written for this test: creditors counted in people and their homes counted in households.
const CREDITORS = `某房企破产案召开债权人会议
<p>破产管理人表示，截至目前共有1326人申报债权，其中购房户412户，申报金额合计约38亿元。</p>`;

describe('people named before the count asked (申报债权的人一共有多少)', () => {
  it('are counted in people, not in households', () => {
    const engine = engineFromArticles([parseArticle(CREDITORS, 'counted-people-before')]);
    expect(engine.ask('申报债权的人一共有多少？').direct).toMatch(/^1326人/);
  });
});
