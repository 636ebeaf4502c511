import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: opening days and hours, and the day it is closed.
const library = engineFromArticles([
  parseArticle(
    `某市图书馆新馆开放\n<p>（某社记者周行某地3日电）某市图书馆新馆今天正式开放。新馆开放时间为每周二至周日9时至17时，周一闭馆整理；读者凭身份证即可免费入馆。</p>\n<p>每周六下午2时另有专人导览，每场限20人。</p>`,
    'weekday',
  ),
]);

describe('a day of the week asked', () => {
  it('is answered with the day named, not the hours or a range beside it', () => {
    expect(library.ask('图书馆星期几闭馆？').direct).toBe('周一');
    expect(library.ask('Which day of the week is the library closed on?').direct).toBe('周一');
  });
});

describe('a time of day asked', () => {
  // Written for this test: the hour stands in a sentence of its own; the line is named more often beside the fares.
  const line = engineFromArticles([
    parseArticle(
      `某市地铁3号线今天开通\n<p>（某社记者周行某地28日电）某市地铁3号线一期工程今天上午在某站举行开通仪式。</p>\n<p>当天15时起，线路正式载客运营。</p>\n<p>票价方面，3号线执行本市轨道交通现行票价体系：起步价2元可乘6公里，全程最高票价5元。乘客可使用交通卡乘车。</p>`,
      'time-of-day',
    ),
  ]);

  it('is answered with a time of day, not a name likelier beside the question’s words', () => {
    expect(line.ask('At what time did the line start carrying passengers on opening day?').direct).toContain('15时');
  });
});
