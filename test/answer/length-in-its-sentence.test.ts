import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a warning whose sentence gives the times it was raised and lifted, then
// how long it lasted.
const WARNING = `沅州发布今年首个暴雨橙色预警
<p>沅州市气象台于凌晨1时05分发布暴雨黄色预警信号，其后于2时40分升级为橙色，橙色预警一直维持至上午8时35分才解除，历时5小时55分钟。</p>
<p>全市最大小时雨量出现在城东站，达86.3毫米。</p>
<p>市防汛办表示，各区共转移群众620人，未接到人员伤亡报告。</p>`;

describe('a length of time asked, in a sentence that also gives times of day', () => {
  const engine = engineFromArticles([parseArticle(WARNING, 'warning-length')]);

  it('answers how long with the length the sentence gives, not the time it ended, nor a refusal', () => {
    const reply = engine.ask('橙色预警总共维持了多久？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('5小时55分钟');
  });
});
