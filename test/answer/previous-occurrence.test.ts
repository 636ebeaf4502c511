import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: two reports of a rainstorm warning, one that tells only this time, one
// that also says when the last one was.
const THIS_TIME = `邗州发布今年首个暴雨红色预警
<p>邗州市气象台7月9日凌晨2时05分发布暴雨红色预警信号，5时40分解除，历时3小时35分钟。</p>
<p>全市最大小时雨量出现在北湖站，达92.6毫米。</p>
<p>市防汛办表示，各区共转移群众860人，未接到人员伤亡报告。</p>`;

const WITH_LAST = `邗州再发暴雨红色预警
<p>邗州市气象台7月9日凌晨2时05分发布暴雨红色预警信号，5时40分解除，历时3小时35分钟。</p>
<p>这是邗州今年第二次发布暴雨红色预警，上一次是在6月17日。</p>
<p>市防汛办表示，各区共转移群众860人，未接到人员伤亡报告。</p>`;

describe('a question about the time before this one', () => {
  it('is refused when the article tells only this time, not answered with its date', () => {
    const engine = engineFromArticles([parseArticle(THIS_TIME, 'this-time')]);
    const reply = engine.ask('气象台上一次发布暴雨红色预警是什么时候？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('上一次');
    expect(reply.direct).not.toContain('2时05分');
  });

  it('is answered where the article says when the last one was', () => {
    const engine = engineFromArticles([parseArticle(WITH_LAST, 'with-last')]);
    const reply = engine.ask('气象台上一次发布暴雨红色预警是什么时候？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('6月17日');
  });

  it('leaves this time’s date to a question about this time', () => {
    const engine = engineFromArticles([parseArticle(THIS_TIME, 'this-time-2')]);
    const reply = engine.ask('气象台几点发布的暴雨红色预警？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('2时05分');
  });
});
