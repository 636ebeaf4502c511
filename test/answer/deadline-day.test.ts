import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a notice whose dates are deadlines (前 after the day), one that is a
// plain day, and a 前 that opens a word (前往).
const NOTICE = `岚峰市发布老旧小区改造方案
<p>岚峰市住建局6日发布老旧小区改造方案，各区须在今年11月底前报送改造清单。</p>
<p>首批32个小区的外墙维修将于明年3月15日前全部完工。</p>
<p>方案发布当天，副市长卓明川于6日前往首批小区察看施工准备。</p>`;

const engine = engineFromArticles([parseArticle(NOTICE, 'notice')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('a day with 前 after it', () => {
  it('is given as the deadline it is ("by" that day)', () => {
    expect(direct('各区什么时候报送改造清单？')).toBe('今年11月底前');
    expect(direct('外墙维修要在什么时候完工？')).toBe('明年3月15日前');
  });

  it('is the day alone where 前 opens a word of its own (前往)', () => {
    expect(direct('卓明川哪天去察看施工准备？')).toBe('6日');
  });
});

// Written for this test: a lead that gives the day bare (28日上午10时) after a dateline that gives its month.
const OPENING = `沐江大桥正式通车
<p>新华社南昌12月28日电（记者 岑望川）28日上午10时，随着一辆货车缓缓驶过桥面，历时4年建设的沐江大桥正式通车。</p>
<p>大桥全长4.2公里，设计时速100公里。</p>`;

describe('a day written bare after a dateline that gives its month', () => {
  it('is given with that month (12月28日)', () => {
    const engine = engineFromArticles([parseArticle(OPENING, 'bare-day')]);
    expect(engine.ask('沐江大桥是哪天通车的？').direct).toContain('12月28日');
  });
});
