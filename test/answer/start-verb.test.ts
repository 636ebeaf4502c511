import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a line that opens (开通) on a date, beside a sentence of another start (今年起).
const EXPRESS = `某市开通机场快线
<p>本报讯 今年起，市交通局陆续开通多条公交专线。</p>
<p>连接市区与新机场的地铁快线也将于12月28日开通，全程约35分钟。</p>
<p>快线首期投资约120亿元。</p>`;

describe('when something starts, asked in English', () => {
  const engine = engineFromArticles([parseArticle(EXPRESS, 'start-verb')]);

  it('is the date the thing opens on (于12月28日开通), not the 今年起 of the sentence before', () => {
    expect(engine.ask('When will the airport express line start running?').direct).toBe('12月28日');
  });
});
