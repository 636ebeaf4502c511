import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('a date read as one word', () => {
  it('does not take the word jieba glued to its last unit (17分在 → 在 is the sentence\'s)', () => {
    const tokens = tokenize('他于2023年5月9日上午8时05分在青州市病逝。');
    expect(tokens.find((t) => t.word.startsWith('2023'))).toMatchObject({ word: '2023年5月9日上午8时05分', tag: 't' });
    expect(words('他于2023年5月9日上午8时05分在青州市病逝。')).toContain('在');
  });

  it('keeps a decade, an evening hour and a part of the day whole (1990年代, 10月19日晚19时35分, 10月30日晚间)', () => {
    expect(words('这类电车在1990年代陆续停运。')).toContain('1990年代');
    expect(words('比赛于10月19日晚19时35分开球。')).toContain('10月19日晚19时35分');
    expect(words('公司于10月30日晚间发布公告。')).toContain('10月30日晚间');
  });

  it('keeps the hour said to be exact (6时整), and gives it when asked', () => {
    expect(words('渡轮每天早上6时整从码头出发。')).toContain('早上6时整');
    const ferry = parseArticle('渡轮恢复通航\n<p>渡轮每天早上6时整从北岸码头出发，末班船于18时30分返回。</p>', 'exact-hour');
    expect(engineFromArticles([ferry]).ask('渡轮每天几点出发？').direct).toBe('早上6时整');
  });

  it('keeps what says where in its span the time falls (12月20日前, 2026年底)', () => {
    expect(words('企业须在12月20日前完成召回。')).toContain('12月20日前');
    expect(words('新馆计划2026年底建成。')).toContain('2026年底');
  });

  it('keeps the era a year is counted in (公元前221年, 西元1895年), and a bare figure of years is still no date', () => {
    expect(words('这座城始建于公元前221年。')).toContain('公元前221年');
    expect(words('条约于西元1895年签订。')).toContain('西元1895年');
    expect(words('他在3年前来到这里。')).not.toContain('3年前');
  });

  it('leaves an ordinal with the noun jieba read with its measure (第二次世界大战)', () => {
    expect(words('第二次世界大战结束后，这里重建了码头。')).toContain('第二次世界大战');
  });
});

// Written for this test: an obituary that writes 病逝 and 终年, and an earlier age in a memory.
const OBITUARY = `作曲家周启明病逝
<p>作曲家周启明于2023年5月9日上午8时05分在青州市病逝，终年88岁。</p>
<p>学生们回忆，周启明七十多岁时仍坚持每天写作。他1935年生于岚溪县，1958年考入音乐学院。</p>`;

describe('an obituary asked in other words', () => {
  const engine = engineFromArticles([parseArticle(OBITUARY, 'obituary')]);

  it('gives the time of death without the word after it', () => {
    expect(engine.ask('周启明是什么时候去世的？').direct).toBe('2023年5月9日上午8时05分');
  });

  it('reads 去世 as the 病逝 it writes, and gives the age at death', () => {
    expect(engine.ask('周启明去世时多大年纪？').direct).toBe('88岁');
  });
});

// Written for this test: consultations dated from this month on, and a plan for next year.
const CONSULTATION = `岚峰市就旧楼改造征询意见
<p>岚峰市房屋局将于本月21日至11月20日举行4场地区咨询会，收集业主及租户意见。</p>
<p>房屋局希望条例草案明年3月提交立法会审议。</p>`;

describe('a day counted from the report’s month or year', () => {
  const engine = engineFromArticles([parseArticle(CONSULTATION, 'consultation')]);

  it('keeps the month or year it is counted in (本月21日, 明年3月)', () => {
    expect(engine.ask('地区咨询会什么时候举行？').direct).toBe('本月21日至11月20日');
    expect(engine.ask('草案什么时候提交立法会？').direct).toBe('明年3月');
  });
});

describe('a date given as a quarter of its year', () => {
  // Written for this test: a plant's second phase due in a quarter.
  const engine = engineFromArticles([parseArticle('沐溪半导体新厂动工\n<p>该厂第一期已于今年3月量产，第二期预计2027年第三季完工。</p>', 'quarter-date')]);

  it('keeps the quarter with the year (2027年第三季)', () => {
    expect(engine.ask('新厂第二期预计什么时候完工？').direct).toContain('2027年第三季');
  });

  it('gives the year alone where only the year is asked', () => {
    const direct = engine.ask('新厂第二期预计哪一年完工？').direct;
    expect(direct).toContain('2027年');
    expect(direct).not.toContain('第三季');
  });
});
