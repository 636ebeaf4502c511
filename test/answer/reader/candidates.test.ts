import { describe, expect, it } from 'vitest';
import { preparedSentence } from '../../helpers.js';
import { proposeCandidates, type SpanKind } from '../../../src/answer/reader/candidates.js';
import { addWords } from '../../../src/language/segmenter.js';

function kindsOf(text: string, span: string): SpanKind[] | undefined {
  return proposeCandidates(preparedSentence(text)).find((c) => c.text === span)?.kinds;
}

describe('typed candidate spans', () => {
  it('types a sum as money by its currency or a bare 万/亿, not a count of tonnes or people in 万', () => {
    const text = '企业被判处罚金260万元，非法倾倒固体废物累计达3.4万余吨，另有3.5亿资金去向不明，涉及24.6万人次。';
    expect(kindsOf(text, '260万元')).toContain('money');
    expect(kindsOf(text, '3.5亿')).toContain('money');
    expect(kindsOf(text, '3.4万余吨')).toEqual(['number']);
    expect(kindsOf(text, '24.6万人次')).not.toContain('money');
  });

  it('keeps a date and time whole and types it as a date', () => {
    const text = '2024年3月8日10时30分，测试卫星在某某发射中心发射升空。';
    expect(kindsOf(text, '2024年3月8日10时30分')).toContain('date');
    expect(kindsOf(text, '3月8')).toBeUndefined();
  });

  it('does not take a word that points back at a time (当时, 目前) for a date', () => {
    const text = '当时，这架飞机上载有153名乘客，目前调查仍在进行。';
    expect(kindsOf(text, '当时')).not.toContain('date');
    expect(kindsOf(text, '目前')).not.toContain('date');
    expect(kindsOf('今年1月25日，一架飞机偏离了航线。', '今年1月25日')).toContain('date');
  });

  it('does not take a season in a name (王冬梅) for a date', () => {
    // Written for this test: the name is one the article's people taught jieba, as the engine does.
    addWords(['王冬梅'], 'nr');
    const text = '创办者是退休教师王冬梅。';
    expect(kindsOf(text, '王冬梅')).toContain('person');
    expect(kindsOf(text, '王冬梅')).not.toContain('has_date');
    expect(kindsOf('比赛在今年冬季举行。', '今年冬季')).toEqual(expect.arrayContaining([expect.stringMatching(/date/)]));
  });

  it('takes a day of the month in digits for a date, not a number of days, unless a word of lasting stands before it', () => {
    // Written for this test.
    expect(kindsOf('省文物考古研究院23日发布消息，发掘已经完成。', '23日')).not.toContain('duration');
    expect(kindsOf('这次抢修历时23日，于昨日完工。', '23日')).toContain('duration');
  });

  it('does not take a month of a year, a run of days or a day counted back for a length of time', () => {
    // Written for this test.
    expect(kindsOf('2015年9月，他寄出了一封信。', '2015年9月')).not.toContain('duration');
    expect(kindsOf('会议定于3月3日至5日举行。', '3月3日至5日')).not.toContain('duration');
    expect(kindsOf('2020年春节前三天，他获释回家。', '2020年春节前三天')).not.toContain('duration');
    expect(kindsOf('2020年春节前三天，他获释回家。', '三天')).not.toContain('duration');
    expect(kindsOf('他被羁押了两天。', '两天')).toContain('duration');
    expect(kindsOf('庭审历时3个多小时。', '3个多小时')).toContain('duration');
  });

  it('types a fraction as a share', () => {
    // Written for this test: jieba tags 三分之一 mq and 百分之三十 m.
    expect(kindsOf('新卫星可将通信容量提升三分之一。', '三分之一')).toEqual(expect.arrayContaining(['number', 'percent']));
    expect(kindsOf('今年销量增长了百分之三十。', '百分之三十')).toEqual(expect.arrayContaining(['number', 'percent']));
  });

  it('types a day of the lunar calendar as a date', () => {
    // Written for this test: jieba tags 腊月 t and 二十九 m.
    expect(kindsOf('一家人原本计划腊月二十九回老家过年。', '腊月二十九')).toContain('date');
    expect(kindsOf('工地正月初五开工。', '正月初五')).toContain('date');
    expect(kindsOf('他在腊月里工作了二十九天。', '二十九天')).not.toContain('date');
  });

  it('starts no span at a bracket or quote left alone between two marks', () => {
    // Written for this test: an entry whose Latin name was lost, leaving 学名：'）.
    const spans = proposeCandidates(preparedSentence("金叶藤（学名：'），又名黄花藤、金钟藤，是一种攀援植物。")).map((c) => c.text);
    expect(spans).toContain('又名黄花藤、金钟藤');
    expect(spans.filter((s) => /^[^\p{L}\p{N}]/u.test(s))).toEqual([]);
  });

  it('starts no span on a suffix or on a measure word cut from its figure', () => {
    // Written for this test.
    const spans = proposeCandidates(preparedSentence('模特们超长时间工作，这是一个方便的设计工具。')).map((c) => c.text);
    expect(spans.filter((s) => s.startsWith('们') || s.startsWith('个'))).toEqual([]);
    expect(spans).toContain('一个方便的设计工具');
  });

  it('counts things in a classifying measure word (两类, 三层)', () => {
    expect(kindsOf('这些导弹又分成两类，部署在两个基地。', '两类')).toContain('number');
  });

  it('keeps a date range as written', () => {
    expect(kindsOf('代表团于5月20日至22日访问了本市。', '5月20日至22日')).toContain('date');
  });

  it('keeps figures with separators, decimals, ranges and percentages whole', () => {
    const text = '全年接待游客24,672人次，收入6-8亿元，同比增长9.8%。';
    expect(kindsOf(text, '24,672人次')).toContain('number');
    expect(kindsOf(text, '672人次')).toBeUndefined();
    expect(kindsOf(text, '6-8亿元')).toEqual(expect.arrayContaining(['number', 'money']));
    expect(kindsOf(text, '9.8%')).toEqual(expect.arrayContaining(['number', 'percent']));
  });

  it('keeps a figure with its magnitude and unit whole (200万元, 1.17万辆)', () => {
    const text = '公司同意赔偿200万元，当月卖出1.17万辆汽车。';
    expect(kindsOf(text, '200万元')).toEqual(expect.arrayContaining(['number', 'money']));
    expect(kindsOf(text, '1.17万辆')).toContain('number');
    expect(kindsOf(text, '200')).toBeUndefined();
  });

  it('keeps a time taken whole, hours, minutes and seconds, and tells it from a clock time', () => {
    const text = '他以2小时09分31秒夺冠，比个人最好成绩快了2分05秒，比赛于7时30分开始。';
    expect(kindsOf(text, '2小时09分31秒')).toContain('duration');
    expect(kindsOf(text, '2分05秒')).toContain('duration');
    expect(kindsOf(text, '2小时09分')).toBeUndefined();
    expect(kindsOf(text, '7时30分')).toContain('date');
  });

  it('counts cases, households and sets with their measure word', () => {
    const text = '医院累计完成移植手术215例，全市停电用户3200户，查封房产6套。';
    expect(kindsOf(text, '215例')).toContain('number');
    expect(kindsOf(text, '3200户')).toContain('number');
    expect(kindsOf(text, '6套')).toContain('number');
  });

  it('types durations and ordinals', () => {
    expect(kindsOf('比赛持续了三个小时，他获得第二名。', '三个小时')).toContain('duration');
    expect(kindsOf('比赛持续了三个小时，他获得第二名。', '第二名')).toContain('ordinal');
  });

  it('types a day of the month and a calendar year as dates, never as durations', () => {
    const text = '他1月29日回家，此前被羁押了1325天，已等了3年，2022年才获释。';
    expect(kindsOf(text, '1月29日')).toContain('date');
    expect(kindsOf(text, '1月29日')).not.toContain('duration');
    expect(kindsOf(text, '2022年')).toContain('date');
    expect(kindsOf(text, '2022年')).not.toContain('duration');
    expect(kindsOf(text, '1325天')).toContain('duration');
    expect(kindsOf(text, '3年')).toContain('duration');
  });

  it('marks a title in 《》 and a quotation', () => {
    const text = '他出版了《山河故事》，书中写道“平凡的人也有光”。';
    expect(kindsOf(text, '山河故事')).toContain('title');
    expect(kindsOf(text, '平凡的人也有光')).toContain('quote');
  });

  it('proposes a 、-list whole, typed as a list', () => {
    expect(kindsOf('他们参观了博物馆、图书馆和科技馆。', '博物馆、图书馆和科技馆')).toContain('list');
  });

  it('proposes whole clauses, also runs of clauses, as the fallback', () => {
    const candidates = proposeCandidates(preparedSentence('由于暴雨持续，河水上涨，当地政府关闭了沿河道路。'));
    const clauses = candidates.filter((c) => c.kinds.includes('clause')).map((c) => c.text);
    expect(clauses).toEqual(['由于暴雨持续', '河水上涨', '当地政府关闭了沿河道路']);
    expect(candidates.map((c) => c.text)).toContain('由于暴雨持续，河水上涨');
  });

  it('never starts or ends a span on punctuation or a dangling particle', () => {
    for (const c of proposeCandidates(preparedSentence('会后，双方签署了合作协议，并举行了座谈。'))) {
      expect(c.text).not.toMatch(/^[，。、的了和]|[，。、的和]$/u);
    }
  });
});
