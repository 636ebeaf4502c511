import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a report whose lead gives the when and where of its event, and whose
// later sentences date other events with some of the same words.
const REPORT = `某市地铁5号线一期开通运营
<p>本报讯（记者 林某）12月28日上午10时，随着一声汽笛长鸣，某市地铁5号线一期工程在东湖站举行开通仪式。</p>
<p>某市地铁集团董事长介绍，5号线一期于2020年9月开工建设，历时5年多建成，全长26.8公里。</p>
<p>5号线二期工程计划于2027年开工。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'report')]);
const ask = (question: string) => engine.ask(question);

describe('the when and where of the event a report is about', () => {
  it('answers when the reported event happened from the lead, not with the date of another event', () => {
    expect(ask('5号线一期是哪一天开通的？').direct).toContain('12月28日');
  });

  it('answers where it happened from the lead', () => {
    expect(ask('5号线一期的开通仪式在哪里举行？').direct).toContain('东湖');
  });

  it('still dates another event from its own sentence', () => {
    expect(ask('5号线一期是什么时候开工建设的？').direct).toContain('2020年9月');
  });
});

// Written for these tests: a rescue report that dates its finding to the day and the hour.
const RESCUE = `某地男子救人遇难
<p>2月1日傍晚，男子甲在某地河边散步时，看到一个孩子落水，随即跳入河中施救。</p>
<p>搜救持续了两天。直到2月3日（正月初六）上午9时许，男子甲的遗体才被找到，他已被冲到下游10多公里处。</p>`;

describe('the unit of the calendar asked', () => {
  const rescue = engineFromArticles([parseArticle(RESCUE, 'rescue')]);

  it('answers "which day" with the day, not the hour beside it', () => {
    expect(rescue.ask('男子甲的遗体是哪天找到的？').direct).toBe('2月3日');
    expect(rescue.ask('遗体是几号被找到的？').direct).toBe('2月3日');
  });
});

// Written for these tests: an exhibition's dates, asked in words of its own.
const EXHIBITION = `某馆特展开幕
<p>本报讯 某博物馆的青铜器特展5月1日开幕，展出文物120件，展期至9月28日。</p>
<p>馆方介绍，特展实行预约参观，每天限流3000人。</p>`;

describe('a question whose counting words the article writes otherwise', () => {
  it('is answered: 最后一天 is no thing the article lacks', () => {
    const reply = engineFromArticles([parseArticle(EXHIBITION, 'exhibition')]).ask('这个特展最后一天是哪天？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('9月28日');
  });
});
