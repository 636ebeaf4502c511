import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a storm report that describes an injured man (男子) but never names him.
const STORM = `强风吹袭 多处棚架倒塌
<p>本报讯 受强风影响，全市昨日共有12人受伤，其中一名52岁男子在旧城区被倒塌的广告牌砸中肩部，送院后情况稳定。</p>
<p>市应急管理局局长陈国强表示，各区已出动200名工作人员清理倒塌物。</p>`;

describe('the name of someone described in the article’s word for them, never named', () => {
  const engine = engineFromArticles([parseArticle(STORM, 'unnamed-same-sense')]);

  it('is refused when the question says 男人 and the article 男子', () => {
    const answer = engine.ask('被广告牌砸中的那个男人叫什么名字？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('名字');
  });

  it('is refused when the question asks his surname', () => {
    expect(engine.ask('被广告牌砸中的男子姓什么？').abstained).toBe(true);
  });

  it('still names someone the article names', () => {
    expect(engine.ask('应急管理局局长叫什么名字？').direct).toContain('陈国强');
  });
});
