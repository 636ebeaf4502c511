import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';

// Written for this test: figures for two years in one sentence, set apart by spaces as some outlets do.
const ARTICLE = `青岚产业年报
<p>2024年3月8日，我国将第十二颗青岚导航卫星发射升空。</p>
<p>2022 年，青岚产业总体产值约 1200 亿元，2023 年将超过 1500 亿元。</p>
<p>目前已有超过 3.5 万艘渔船应用了青岚系统。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'figures-by-year')]);

describe('figures of several years in one sentence', () => {
  it('answers with the figure written under the year asked', () => {
    expect(engine.ask('2022年产值是多少？').direct).toBe('1200 亿元');
    expect(engine.ask('2023年产值是多少？').direct).toBe('1500 亿元');
  });

  it('answers a figure asked with a hedge the article words otherwise (预计 for 将)', () => {
    const reply = engine.ask('2023年产值预计多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('1500 亿元');
  });

  it('keeps a figure and its magnitude together across a space', () => {
    expect(tokenize('超过 3.5 万艘渔船').map((t) => t.word)).toContain('3.5 万艘');
    expect(engine.ask('有多少艘渔船应用了青岚系统？').direct).toContain('3.5 万艘');
  });
});

describe('a member of a series after the last one the article numbers', () => {
  it('is refused, named as the question writes it', () => {
    const reply = engine.ask('谁发射了第十三颗青岚导航卫星？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('第十三颗');
    expect(engine.ask('谁发射了第15颗青岚导航卫星？').abstained).toBe(true);
  });

  it('is not refused when it is the one the article reports', () => {
    expect(engine.ask('第十二颗青岚导航卫星是什么时候发射的？').direct).toBe('2024年3月8日');
  });
});

describe('English questions of a count and of a share', () => {
  // Written for this test: a count and the share it is of, in one sentence; a sum and its growth in another.
  const report = engineFromArticles([
    parseArticle(
      `青岚产业年报
<p>去年国内新入网的智能手机中支持青岚系统的共计 1.5 亿部，占比达到了 90.2%。</p>
<p>4月20日，星河科技发布一季度业绩，实现销售收入520亿元，同比微增1.2%。</p>`,
      'count-and-share',
    ),
  ]);

  it('answers "how many" with the count, "what share of" with the percentage', () => {
    expect(report.ask('How many smartphones supporting the system were sold last year?').direct).toContain('1.5 亿部');
    expect(report.ask('What share of new smartphones support the system?').direct).toBe('90.2%');
  });

  it('answers growth year on year with the rate, not the sum before it', () => {
    expect(report.ask('How much did sales grow year on year?').direct).toBe('1.2%');
  });
});

describe('an English verb of measure asks in its units', () => {
  it('answers "how much does it weigh" with a weight, and refuses where the article gives none', () => {
    const farm = engineFromArticles([parseArticle('一头牛\n<p>这头牛重达500公斤，是全村最重的牛。</p>\n<p>它今年5岁，由村民喂养。</p>', 'weight')]);
    expect(farm.ask('How much does the cow weigh?').direct).toBe('500公斤');
    const phones = engineFromArticles([parseArticle('手机销量\n<p>去年国内新入网的智能手机共计 1.5 亿部，同比增长5%。</p>', 'no-weight')]);
    const reply = phones.ask('How much does the phone weigh?');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toBe('The article does not give that figure.');
  });
});

describe('how many days, of a report giving the first and the last', () => {
  it('answers with the days as the article writes them, not a refusal for want of 天', () => {
    const tour = engineFromArticles([parseArticle('青岚调研\n<p>新华社太原1月3日电 王某1日至3日在太原、晋中调研。</p>\n<p>他强调，要做好农村地区疫情防控。</p>', 'day-range')]);
    const reply = tour.ask('王某调研了几天？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('1日至3日');
  });
});
