import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a market report that writes its days as news does, 昨日 and 今日, not 昨天 and 今天.
const REPORT = `芩川电子股价收涨
<p>芩川电子股价昨日收在86.4元，上涨2.1元，成交量放大至3.2万手。</p>
<p>该股今日开盘报87.3元，公司同时公告，将于下月召开临时股东大会。</p>`;

describe('an English day asked where the article writes it in its written form', () => {
  const engine = engineFromArticles([parseArticle(REPORT, 'written-days')]);

  it('reads yesterday as 昨日: the closing price is given, not refused for a day the article "lacks"', () => {
    const reply = engine.ask("What was the stock's closing price yesterday?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('86.4元');
  });

  it('reads today as 今日', () => {
    const reply = engine.ask("What was the stock's opening price today?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('87.3元');
  });
});
