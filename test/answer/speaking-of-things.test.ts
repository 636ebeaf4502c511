import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an official who names rivers and sets demands in one speech.
const ARTICLE = `两省推进流域治理
<p>5月9日，甲省与乙省召开流域治理联席会议。</p>
<p>甲省省长王明强调，要深化区域污染联防联控，协调推进青龙河、白沙河等跨界河流综合治理。</p>
<p>王明要求，各地要压实河长责任，加快建设监测站点。</p>`;

describe('a question worded with speaking', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'speaking-of-things')]);

  it('that asks which things the speaker named is read, and gets the things', () => {
    // 提到 made it a "said" question, but it asks for rivers: the statements would quote his speech.
    const answer = engine.ask('王明提到要协调治理哪些跨界河流？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('青龙河');
    expect(answer.direct).toContain('白沙河');
    expect(answer.direct).not.toContain('压实河长责任');
  });

  it('that asks what the speaker demanded still quotes what was said', () => {
    const answer = engine.ask('王明提出了哪些要求？');
    expect(answer.abstained).toBe(false);
    const quoted = [answer.direct, ...answer.passages.map((p) => p.text)].join('');
    expect(quoted).toContain('压实河长责任');
  });

  it('that asks in English what the speaker stressed or demanded quotes the remark made with that verb first', () => {
    // 强调 and 要求 are the article's verbs for "stress" and "demand"; the remarks otherwise come in order.
    expect(engine.ask('What did Wang Ming demand?').passages[0]!.text).toContain('压实河长责任');
    expect(engine.ask('What did Wang Ming stress?').passages[0]!.text).toContain('青龙河');
  });
});
