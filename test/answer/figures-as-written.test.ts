import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a club's new coach, an aftershock sequence, a parking fee and a rescue,
// each figure written as news writes it (签约两年半, 3.4级, 首小时, 排第9位).
const COACH = `涔阳竞技签下新帅
<p>涔阳竞技昨日宣布，委任苕溪籍教练郗远航为球队新任主教练，双方签约两年半，并附带续约一年的选择权。</p>
<p>球队本季开局欠佳，联赛11场仅得3胜，积11分，在12支球队中排第9位。</p>
<p>郗远航将于1月3日抵达涔阳，随后带队前往外地冬训。</p>`;

const AFTERSHOCKS = `蓟北县4.9级地震余震不断
<p>蓟北县地震局表示，震后至昨日中午共记录到余震38次，其中最大一次为3.4级。</p>
<p>截至昨日，全县共有312间房屋受损，其中倒塌9间。</p>
<p>县应急管理局已向灾区调拨帐篷500顶。</p>`;

const FEES = `鄣山市调整停车收费
<p>鄣山市发展改革委近日发布通知，自8月1日起调整核心区停车收费标准。</p>
<p>核心区道路停车首小时收费由6元调整为9元，之后每半小时4元。</p>
<p>夜间20时至次日8时，道路停车按次收费，每次5元。</p>`;

const RESCUE = `岷江湾落水男孩获救
<p>8月3日下午，一名8岁男孩在岷江湾游玩时不慎落水，附近渔民郗小满跳入江中将其救起。</p>
<p>男孩的父亲赶到后向郗小满连连道谢：“要不是他，孩子就没了。”</p>
<p>目前男孩已无大碍，当地正为郗小满申报见义勇为奖励。</p>`;

describe('figures as news writes them', () => {
  const coach = engineFromArticles([parseArticle(COACH, 'coach')]);
  const aftershocks = engineFromArticles([parseArticle(AFTERSHOCKS, 'aftershocks')]);

  it('gives a contract’s length with its half, and without the 约 of 签约', () => {
    const reply = coach.ask('双方签约多久？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('两年半');
    expect(reply.direct).not.toContain('约');
  });

  it('answers 排第几 with the place, not a count beside it', () => {
    const reply = coach.ask('球队现在联赛排第几？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('第9位');
  });

  it('answers 几级 with a magnitude, not the count of aftershocks', () => {
    const reply = aftershocks.ask('最大那次余震有几级？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('3.4级');
  });

  it('reads 第一个小时 as the article’s 首小时', () => {
    const engine = engineFromArticles([parseArticle(FEES, 'fees')]);
    const reply = engine.ask('核心区第一个小时停车收多少钱？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('9元');
  });

  it('refuses to name a mother the article never mentions, asked as 妈妈', () => {
    const engine = engineFromArticles([parseArticle(RESCUE, 'rescue')]);
    const reply = engine.ask('那个男孩的妈妈叫什么？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('郗小满');
  });
});

// Written for this test: cut-off scores written 445分, whose 分 jieba takes for the verb "to divide".
const CUTOFF = `某省公布高考分数线
<p>根据公布的分数线，普通类物理类本科线为445分，特殊类型招生控制线为523分；普通类历史类本科线为472分。</p>
<p>全省考生分为物理类和历史类两个类别。</p>`;

describe('a score written with 分 (445分)', () => {
  const engine = engineFromArticles([parseArticle(CUTOFF, 'scores')]);

  it('is a figure in points, the one the question asks', () => {
    expect(engine.ask('物理类的本科线是多少分？').direct).toBe('445分');
    expect(engine.ask('特殊类型招生控制线划到了几分？').direct).toBe('523分');
  });
});

// Written for this test: times counted in 度 before a verb (6度夺得), beside a temperature in 度.
const TITLES = `全国象棋赛落幕
<p>卫冕冠军岑望海九段曾6度夺得这项赛事冠军，这是他第2次在决赛中落败。</p>
<p>比赛当天室外气温约6度左右，赛场内开放暖气。</p>`;

describe('times counted in 度 (6度夺得)', () => {
  it('answer how many times, where a verb follows the 度', () => {
    const engine = engineFromArticles([parseArticle(TITLES, 'times-in-du')]);
    const answer = engine.ask('岑望海之前拿过几次这个比赛的冠军？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('6度');
  });
});
