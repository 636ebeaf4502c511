import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a typhoon report whose count of people moved stands after a quoted official,
// who says 人民, says 转移 three times and puts safety 第一位.
const TYPHOON = `台风“岚峰”登陆 全省转移群众12.4万人
<p>今年第9号台风“岚峰”于8日凌晨在沐溪县沿海登陆。</p>
<p>副省长周明远当晚赶到指挥部。他说：“人民群众的安全摆在第一位，需要转移的必须转移，转移后要安置好。”</p>
<p>截至8日17时，全省累计转移危险区域群众12.4万人，暂无人员伤亡报告。</p>`;

describe('a count of people asked', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'typhoon')]);

  it('gives the people counted, not a rank that ends in 位, nor a refusal (English)', () => {
    const reply = engine.ask('How many people were evacuated?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12.4万人');
  });

  it('gives the people counted in Chinese too', () => {
    const reply = engine.ask('全省一共转移了多少人？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12.4万人');
  });

  it('still gives a rank where a rank is asked', () => {
    const reply = engine.ask('周明远说人民群众的安全摆在第几位？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('第一位');
  });
});
