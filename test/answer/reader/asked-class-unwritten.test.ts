import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Articles written for these tests: a question's words that describe its answer (the class asked
// for, the part of the day of the hour asked) are not facts the article must write.
const article = (...paragraphs: string[]) => parseArticle(`某地新闻\n<p>记者 周行</p>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`, 'asked-class');

describe('words that describe the answer, not the fact', () => {
  it('answers 在哪些城市 with the places the article lists, though it never writes 城市', () => {
    const raid = engineFromArticles([
      article('（某社记者周行某地12日电）某省公安厅与某市公安局联手，于本月上旬在南京、苏州、无锡等地同步搜查，拘捕嫌犯23人。', '警方表示，案件仍在进一步调查中。'),
    ]);
    const reply = raid.ask('警方在哪些城市同时展开搜查？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('苏州');
  });

  it('answers 早上几点 with the hour the article gives, though it never writes 早上', () => {
    const crash = engineFromArticles([
      article('某日7时15分许，某国道某段因大雾发生多车连环相撞事故，造成2人受伤。', '交警部门随即封闭了事发路段。'),
    ]);
    const reply = crash.ask('这起连环相撞是早上几点出的事？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('7时15分');
  });

  it('still refuses a class asked of an article that names nothing of it', () => {
    const line = engineFromArticles([
      article('某市地铁某号线今天开通运营，全线设车站18座，采用6节编组列车。', '开通初期，全线每天运营时间为6时至23时。'),
    ]);
    expect(line.ask('这条线的列车是哪家企业制造的？').abstained).toBe(true);
  });
});
