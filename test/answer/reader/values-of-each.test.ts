import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: three lengths in one sentence, two of them asked at once with 分别.
const BRIDGE = `青溪大桥合龙
<p>青溪大桥是一座独塔斜拉桥，主跨520米，桥塔高180米，大桥总长3.2公里。</p>
<p>大桥预计明年6月建成通车。</p>`;

// Written for this test: two dates, each written before the words of its part.
const FILMING = `电影《远山》杀青
<p>影片于2019年3月5日拍摄开始，4月20日拍摄结束，历时46天。</p>
<p>影片预计明年上映。</p>`;

describe('two values asked at once (甲和乙分别是多少)', () => {
  it("gives each the value written beside its own words, in the article's order", () => {
    const engine = engineFromArticles([parseArticle(BRIDGE, 'values-of-each')]);
    expect(engine.ask('青溪大桥的总长和主跨分别有多长？').direct).toBe('520米；3.2公里');
  });

  it('reads a part\'s words after its value too (3月5日拍摄开始)', () => {
    const engine = engineFromArticles([parseArticle(FILMING, 'values-of-each-dates')]);
    expect(engine.ask('拍摄开始和结束的时间分别是什么时候？').direct).toBe('2019年3月5日；4月20日');
  });
});
