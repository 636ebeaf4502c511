import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a railway's length given with 全长, beside a settlement in millimetres and
// a running time, both of which 多长 may also ask, in sentences that repeat more of the question.
const RAILWAY = `沐溪城际铁路今日通车
<p>沐溪城际铁路今日正式开通运营，线路全长48.6公里，共设车站9座。</p>
<p>建设方介绍，这条线路下穿老城区时，既有线路的地面沉降控制在3毫米以内；列车全程运行约35分钟。</p>`;

// A tower whose height is written after the figure (268米的高度), beside a platform's lower one. This
// one and the English question were answered before the rule too: they guard its other forms.
const TOWER = `岚江观光塔落成
<p>岚江观光塔昨日落成，塔顶达到268米的高度，是全市最高的建筑。</p>
<p>登上观光塔高处的观景平台，游客离地面约150米，可以俯瞰观光塔周边的岚江两岸。</p>`;

describe('a measure asked by its cue (多长, 多高), which the article names with its own word', () => {
  it('gives the length written after 全长, not another length among more of the question’s words', () => {
    const engine = engineFromArticles([parseArticle(RAILWAY, 'railway')]);
    const reply = engine.ask('这条线路有多长？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('48.6公里');
    expect(reply.direct).not.toContain('3毫米');
  });

  it('does so for the English question too', () => {
    const engine = engineFromArticles([parseArticle(RAILWAY, 'railway')]);
    const reply = engine.ask('How long is the line?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('48.6公里');
  });

  it('gives the height written before 的高度', () => {
    const engine = engineFromArticles([parseArticle(TOWER, 'tower')]);
    const reply = engine.ask('观光塔有多高？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('268米');
  });
});
