import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { tokenize } from '../../src/answer/reader/prepare.js';

// Written for this test: trains counted in pairs (对).
const TIMETABLE = `某高铁今日开通
<p>开通初期，某高铁每日开行动车组列车26对，其中直通列车14对，其余为跨线列车。</p>
<p>全线设车站7座，设计时速350公里。</p>`;

describe('a figure counted in pairs (26对)', () => {
  const engine = engineFromArticles([parseArticle(TIMETABLE, 'pairs-counted')]);

  it('is the short answer to 多少对, not the sentence that holds it', () => {
    expect(engine.ask('开通初期一天开多少对动车？').direct).toBe('26对');
  });

  it('reads 对 after a figure as its measure, but not between two figures (3对1, a score)', () => {
    const tagOf = (text: string) => tokenize(text).find((t) => t.word === '对')?.tag;
    expect(tagOf('每日开行列车26对，')).toBe('q');
    expect(tagOf('客运段队以3对1获胜')).not.toBe('q');
  });
});

// Written for this test: fares in 元 beside a discount written in 折.
const FARES = `某高铁今日开通
<p>开通后，全程二等座票价为229元，一等座票价为366元。</p>
<p>持学生证的旅客购买二等座可享受7.5折优惠，儿童票为半价。</p>`;

describe('a discount asked in 折 (几折, 多少折)', () => {
  const engine = engineFromArticles([parseArticle(FARES, 'discount-asked')]);

  it('is answered by the figure in 折, not the sentence nor a fare', () => {
    expect(engine.ask('学生票能打几折？').direct).toBe('7.5折');
    expect(engine.ask('学生买票打多少折？').direct).toBe('7.5折');
  });
});
