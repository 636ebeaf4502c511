import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { normalizeQuestion } from '../../src/language/normalize.js';

describe('spoken Mandarin in a question', () => {
  it('is written in the forms the analysis holds (干嘛 → 干什么, 到目前为止 → 目前)', () => {
    expect(normalizeQuestion('钱都拿去干嘛了？')).toBe('钱都拿去干什么了？');
    expect(normalizeQuestion('到目前為止收了多少亩？')).toBe('目前收了多少亩？');
    // Not 吗 ending a question, nor 为止 after a date.
    expect(normalizeQuestion('他来了吗？')).toBe('他来了吗？');
    expect(normalizeQuestion('到5月为止卖了多少？')).toBe('到5月为止卖了多少？');
  });

  // Written for this test: a harvest's progress.
  const HARVEST = `阿克苏棉花机采进入高峰
<p>记者从地区农业农村局获悉，目前全地区机采棉花面积已达186万亩，占应采面积的八成以上。</p>
<p>一台采棉机一天能采收约1,200亩。</p>`;
  const engine = engineFromArticles([parseArticle(HARVEST, 'spoken-mandarin')]);

  it('is not refused for the spoken words the article never writes (为止)', () => {
    const answer = engine.ask('到目前为止已经收了多少亩？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('186万亩');
  });

  it('reads 简单说说 as asking for a summary, answered from the lead', () => {
    const answer = engine.ask('简单说说这是怎么回事？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]?.text).toContain('186万亩');
  });
});
