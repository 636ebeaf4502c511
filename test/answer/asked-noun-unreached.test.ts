import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a product launch that gives the glasses' weight, price and maker, and
// names no chip, no screen maker and no battery supplier.
const LAUNCH = `滇岚科技发布新一代智能眼镜
<p>11月20日，滇岚科技公司在洛溪发布第二代智能眼镜，整机重量38克，首发价2499元。</p>
<p>滇岚科技创始人表示，新一代产品的续航时间从6小时提升到10小时，将于11月28日正式开售。</p>`;

describe('the kind of thing an English question asks (which chip), when the article names none', () => {
  const engine = engineFromArticles([parseArticle(LAUNCH, 'asked-noun-unreached')]);

  it('refuses, naming it, rather than quoting a clause about something else', () => {
    const answer = engine.ask('Which chip powers the new glasses?');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('chip');
    expect(engine.ask('Which retailer sells the glasses?').abstained).toBe(true);
  });

  it('still answers a kind the article names (which company: 公司) and a kind that only asks (what date)', () => {
    expect(engine.ask('Which company released the glasses?').direct).toContain('滇岚科技');
    const when = engine.ask('On what date were the glasses released?');
    expect(when.abstained).toBe(false);
    expect(when.direct).toContain('11月20日');
  });
});
