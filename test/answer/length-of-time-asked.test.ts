import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an operation reported with and without how long it took; both reports
// count it among the hospital's operations (第3例, 一例).
const TIMED = `沐溪儿童医院完成一例罕见分离手术
<p>记者从沐溪儿童医院获悉，该院外科团队日前为一对连体男婴成功实施分离手术。</p>
<p>手术于5月12日上午8时开始，历时6小时20分钟。主刀医生岑晓霁介绍，兄弟俩术后恢复良好。</p>
<p>据悉，这是该院建院以来做的第3例连体婴分离手术，也是其中年龄最小、体重最轻的一例。</p>`;

const UNTIMED = `沐溪儿童医院完成一例罕见分离手术
<p>记者从沐溪儿童医院获悉，该院外科团队5月12日为一对连体男婴成功实施分离手术。主刀医生岑晓霁介绍，兄弟俩术后恢复良好。</p>
<p>据悉，这是该院建院以来做的第3例连体婴分离手术，也是其中年龄最小、体重最轻的一例。</p>`;

describe('how long something took (多久, 多长时间)', () => {
  it('is answered with a length of time', () => {
    const engine = engineFromArticles([parseArticle(TIMED, 'timed')]);
    for (const question of ['这台分离手术做了多久？', '这次分离手术做了多长时间？']) {
      const reply = engine.ask(question);
      expect(reply.abstained, question).toBe(false);
      expect(reply.direct, question).toContain('6小时20分钟');
    }
  });

  it('is refused, not answered with a count, where the article never says', () => {
    const engine = engineFromArticles([parseArticle(UNTIMED, 'untimed')]);
    for (const question of ['这台分离手术做了多久？', '这次分离手术做了多长时间？']) {
      const reply = engine.ask(question);
      expect(reply.abstained, question).toBe(true);
      expect(reply.headline, question).toContain('文章没有给出这个数字');
    }
  });
});

// Written for this test: a dig dated by the month it was found in, and never said to last any time.
const FOUND = `蓼坪古墓群完成发掘
<p>蓼坪墓地发现于去年11月，当地在修路时挖出了陶片，随即上报文物部门。</p>
<p>考古队共清理墓葬32座，出土文物600余件。</p>`;

describe('a length of time asked where the article gives only a month of the year', () => {
  const engine = engineFromArticles([parseArticle(FOUND, 'found')]);

  it('is refused, not answered with 11月 as eleven months', () => {
    const reply = engine.ask('前前后后挖了多长时间');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('11月');
  });

  it('leaves the month to a question asking when', () => {
    expect(engine.ask('墓地是什么时候发现的？').direct).toContain('11月');
  });
});

// Written for this test: a tournament that began in a month of the calendar (自8月起) and whose
// final lasted hours, in sentences that share the question's words about equally.
const FINAL = `全国少年象棋赛落幕
<p>本届赛事由某棋类协会主办，自8月起分区展开，经过9轮角逐，最后由两名棋手进入决赛。</p>
<p>决赛最后一局于下午4时结束，全局历时5小时18分钟。</p>`;

describe('a month of the calendar written alone (自8月起)', () => {
  const engine = engineFromArticles([parseArticle(FINAL, 'calendar-month')]);

  it('is no length of time: how long the final lasted is the hours it took', () => {
    expect(engine.ask('How long did the final game last?').direct).toBe('5小时18分钟');
  });
});

// Written for this test: a deadline given as the days within which something is to be done.
const ORDER = `某外卖平台被罚5000万元
<p>市场监管部门11月3日同时发出行政指导书，要求其在30日内完成整改，内容包括停止“二选一”、退还违规收取的费用、公开佣金规则等5项。</p>
<p>该平台当天晚间通过官方微博发布声明，表示接受处罚，将认真整改，总额5000万元的罚款将按时缴纳。</p>`;

describe('days within which something is done (30日内)', () => {
  it('are a length of time, not the 30th of a month', () => {
    const engine = engineFromArticles([parseArticle(ORDER, 'days-within')]);
    const answer = engine.ask('给了这个平台多长时间整改？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('30日内');
  });
});
