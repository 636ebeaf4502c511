import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an earthquake report whose first sentence names the county, then where
// the epicentre lies.
const QUAKE = `沧澜县发生5.1级地震
<p>据中国地震台网正式测定，3月9日凌晨2时41分，滇西沧澜傈僳族自治县发生5.1级地震，震源深度10公里，震中位于岚坪镇附近。</p>
<p>截至昨日下午，地震已造成5人受伤，暂无人员死亡报告。</p>
<p>县应急管理局已向灾区调拨帐篷600顶。</p>`;

describe('the place of what the question asks about', () => {
  const engine = engineFromArticles([parseArticle(QUAKE, 'quake-place')]);

  it('answers where the epicentre is with the place written after 震中位于, not the network that measured it', () => {
    const reply = engine.ask('震中在哪里？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('岚坪镇');
  });
});
