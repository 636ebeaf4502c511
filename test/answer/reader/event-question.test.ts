import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the event's date stands in the lead; a later sentence repeats the
// question's own words (事情, 发生) beside another date.
const ARTICLE = `东郊人行桥夜间坍塌 三人受伤送医
<p>记者 王文</p>
<p>3月5日凌晨，东郊一座人行桥突然坍塌，三名路过的市民受伤，已被送往医院救治。</p>
<p>3月7日，当地成立了调查组。一位老住户说，这种事情在这里以前从没发生过。</p>
<p>调查组表示，将在一个月内公布调查结果。</p>`;

describe('a question that names only the event', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'event')]);

  it('is answered about the event the headline reports, not where its words recur', () => {
    const answer = engine.ask('事情发生在哪一天？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toMatch(/^3月5日/);
  });

  it('answers with the day, not a word that points back at a time (当时)', () => {
    const told = `客机两名飞行员飞行中同时睡着
<p>据报告，今年1月25日，一架客机在飞行途中偏离了航线，机长和副驾驶同时睡着。</p>
<p>当时，这架飞机上载有153名乘客。</p>`;
    const answer = engineFromArticles([parseArticle(told, 'told')]).ask('事情发生在哪天？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('1月25日');
  });

  it('still answers a question that names its own thing from where that thing stands', () => {
    expect(engine.ask('调查组是哪天成立的？').direct).toBe('3月7日');
  });
});

// Written for this test: a name the question's own noun completes.
const NAMED = `新型气象卫星成功发射
<p>本报记者 李明</p>
<p>5月8日，我国在酒泉卫星发射中心用运载火箭成功发射一颗新型气象卫星。</p>
<p>这颗卫星将用于天气预报和防灾减灾。</p>`;

describe('a span finished as a reader expects it', () => {
  const engine = engineFromArticles([parseArticle(NAMED, 'named')]);

  it('takes the noun the question asks for when the article goes on with it (哪个发射中心)', () => {
    expect(engine.ask('在哪个发射中心发射的？').direct).toBe('酒泉卫星发射中心');
  });
});

// Written for this test: two values in one sentence, asked for together.
const TWO = `两名船员获救
<p>记者 张华</p>
<p>6月2日，海上搜救中心救起了45岁的船长和23岁的水手，两人已无生命危险。</p>
<p>船主同意先赔偿30万元，目前已经支付10万元。</p>`;

describe('a question that asks for two values', () => {
  const engine = engineFromArticles([parseArticle(TWO, 'two')]);

  it('gives both, in the article’s order', () => {
    expect(engine.ask('船长和水手分别多大？').direct).toBe('45岁；23岁');
    expect(engine.ask('船主同意赔偿多少钱？已经支付了多少？').direct).toBe('30万元；10万元');
  });

  it('gives one value to a question asking one', () => {
    const direct = engine.ask('船长多大？').direct;
    expect(direct.startsWith('45岁')).toBe(true);
    expect(direct).not.toContain('；');
  });
});

// Written for this test: the day in one sentence, the hour and the event in the next; the other
// dates of the case stand in sentences about its hearings.
const SPLIT = `某地法院公开宣判一起合同纠纷案
<p>被取保候审8个月的被告人王某，3月15日上午再次走上某区法院的审判席。上午9时30分，法庭对该案进行宣判，驳回原告的诉讼请求。</p>
<p>王某生于1980年2月3日，是本地人，案发前经营一家建材店。</p>
<p>2021年4月30日，该案在某区法院开庭审理，王某在庭上坚称无罪。</p>
<p>2022年1月27日，该案第二次开庭审理。</p>
<p>原告表示将考虑是否上诉。</p>`;

describe('a day and an hour asked together, written in two sentences', () => {
  const engine = engineFromArticles([parseArticle(SPLIT, 'split')]);

  it('gives the day from the sentence before the hour', () => {
    const answer = engine.ask('哪天几点宣判的？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('3月15日上午；上午9时30分');
  });
});
