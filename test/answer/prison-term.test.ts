import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { tokenize } from '../../src/answer/reader/prepare.js';

// Written for this test: a Taiwan court report whose sentence is written in years and months (2年4月).
const VERDICT = `架外掛搶票轉售 黃牛主嫌一審判刑
<p>臺北地方法院今（12）日宣判，黃牛集團主嫌、33歲的許姓男子依違反文化創意產業發展法等罪，判處有期徒刑2年4月，全案可上訴。</p>
<p>檢方指出，該集團自112年8月起在網路上轉售門票。</p>`;

describe('a prison term in years and months (有期徒刑2年4月)', () => {
  it('is one length of time, not a year and April', () => {
    expect(tokenize('判處有期徒刑2年4月，全案可上訴').map((t) => t.word)).toContain('2年4月');
  });

  it('answers how long the sentence is', () => {
    const engine = engineFromArticles([parseArticle(VERDICT, 'prison-term')]);
    const reply = engine.ask('黃牛主嫌一審被判多久？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('2年4月');
  });
});
