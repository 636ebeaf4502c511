import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { classifyIntent } from '../../src/answer/classify.js';

// Written for this test: a bridge with its length, a depth and a span of time beside each other, its
// width a comma away from a speed, and an official named with his post.
const BRIDGE = `沐溪特大桥建成通车
<p>12月20日上午9时，历时3年零8个月建设的沐溪特大桥正式建成通车。</p>
<p>沐溪特大桥全长3.72公里，主跨640米，两座主塔高度均为215米，项目总投资约41.3亿元。</p>
<p>大桥按双向四车道设计，设计时速120公里，桥面总宽31.5米。</p>
<p>项目总工程师葛书远介绍，沐溪在桥址处水深最深达到38米，每年汛期长达4个月，施工窗口期很短。</p>
<p>市交通运输局副局长易青禾表示，大桥通车后，两岸车程由1小时缩短至20分钟左右。</p>`;

describe('English questions about a bridge, as people ask them', () => {
  const bridge = engineFromArticles([parseArticle(BRIDGE, 'bridge')]);

  it('reads "how long is" as a length, not the four months of a flood season', () => {
    const reply = bridge.ask('How long is the bridge?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('3.72公里');
  });


  it('reads "what is the width of" as asking a figure in a unit of length', () => {
    const reply = bridge.ask('What is the width of the bridge deck?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('31.5米');
  });

  it('reads "how deep" as a depth in metres', () => {
    const reply = bridge.ask('How deep is the water at the bridge site?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('38米');
  });


  it('still reads "how long did it take" as a span of time', () => {
    const reply = bridge.ask('How long did the flood season last?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('4个月');
  });


  it('takes the figure of the clause that names the thing measured, not one across a comma', () => {
    for (const question of ['How wide is the bridge deck?', '桥面有多宽？']) {
      const reply = bridge.ask(question);
      expect(reply.abstained).toBe(false);
      expect(reply.direct).toContain('31.5米');
    }
  });


  it('reads "what does X do?" as asking the post X holds', () => {
    expect(classifyIntent('What does Yi Qinghe do?')).toBe('role');
    expect(classifyIntent('What does the transport bureau do?')).not.toBe('role');
    expect(classifyIntent('What do residents need to do?')).not.toBe('role');
    const reply = bridge.ask('What does Yi Qinghe do?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('副局长');
    expect(reply.direct.length).toBeLessThan(30);
  });
});
