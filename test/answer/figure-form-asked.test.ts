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

describe('a figure the article bounds (近300年, 超过1.2万片)', () => {
  // Written for this test: an old kiln's excavation.
  const engine = engineFromArticles([
    parseArticle(
      `某古窑遗址发掘完成\n<p>考古人员介绍，该窑约自南宋开始烧造，前后延续近300年，出土瓷片超过1.2万片。</p>\n<p>遗址保护展示馆预计明年5月建成开放。</p>`,
      'figure-qualified',
    ),
  ]);

  it('is given with its bound: alone, the figure says more than the article does', () => {
    expect(engine.ask('这座窑前后烧了多少年？').direct).toBe('近300年');
    expect(engine.ask('出土了多少瓷片？').direct).toBe('超过1.2万片');
  });
});

describe('a date the article gives by its year’s name (明年1月11日)', () => {
  // Written for this test: a museum's programme.
  const engine = engineFromArticles([
    parseArticle(
      `某博物馆推出系列活动\n<p>为配合展览，博物馆还将举办一系列活动，包括每周六下午的定时导览，以及一场国际研讨会，预定明年1月11日至12日举行。</p>`,
      'date-named-year',
    ),
  ]);

  it('keeps the year’s name: without it, the days could be this year’s', () => {
    expect(engine.ask('When will the international symposium be held?').direct).toContain('明年1月11日');
  });
});

// Written for this test: a night's work written with 个 between the figure and its unit.
const NIGHT_SHIFT = `某港区连夜抢卸救灾物资
<p>台风过境后，某港区组织120名装卸工人连夜抢卸救灾物资。</p>
<p>装卸队队长蒙启航说，大家连续干了9个多小时，直到天亮才把最后一船物资卸完。</p>`;

describe('a length of time asked with 个 (几个小时)', () => {
  const engine = engineFromArticles([parseArticle(NIGHT_SHIFT, 'figure-form-night-shift')]);

  it('is answered by the figure written with 个 (9个多小时), not refused as a figure not given', () => {
    for (const question of ['工人们连续干了几个小时？', 'How many hours did the workers work in a row?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBeFalsy();
      expect(answer.direct, question).toContain('9个多小时');
    }
  });
});

// Written for this test: a deadline counted in 日, as formal writing counts days, beside a day of the month.
const DEADLINE = `某电讯商网络中断 监管机构要求提交报告
<p>某电讯商的流动网络于3日上午中断约五小时，全港逾百万名用户受影响。</p>
<p>通讯事务管理局办公室表示，已要求该公司在14日内提交详细事故报告。</p>`;

describe('days asked in 日 (几多日内, 多少日内)', () => {
  const engine = engineFromArticles([parseArticle(DEADLINE, 'figure-form-deadline')]);

  it('are answered by the days the article counts in 日 (14日内), not refused as a figure not given', () => {
    for (const question of ['通讯办要该公司几多日内交报告？', '通讯办要求该公司多少日内提交报告？', '通讯办要求该公司多少天内提交报告？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBeFalsy();
      expect(answer.direct, question).toContain('14日内');
    }
  });
});

// Written for this test: a developer's two stalled projects, counted, with no floor they reached.
const STALLED = `某建设公司破产 两个楼盘停工
<p>受资金链断裂影响，该公司开发的两个楼盘相继停工，涉及购房户412户。</p>
<p>破产管理人表示，将在两个月内完成续建评估。</p>`;

describe('a rank asked in a measure (第几层)', () => {
  it('is not answered by a count in another measure (两个), but refused as a figure not given', () => {
    const engine = engineFromArticles([parseArticle(STALLED, 'figure-form-stalled')]);
    const answer = engine.ask('楼盘停工的时候已经盖到第几层？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('没有给出这个数字');
  });
});
