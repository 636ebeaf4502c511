import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a delayed flight, with the airline, the airport and the province's
// weather office each named once.
const ARTICLE = `航班延误 乘客滞留机场
<p>据南河省民航部门通报，3月8日，北方航空公司一架客机因大雾在南河机场延误了6小时。</p>
<p>机上共有120名乘客，其中有8名儿童。</p>
<p>南河省气象台表示，大雾将持续到周末。</p>`;

describe('an English "which N" question, N the class of the answer', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-which-class')]);

  it('answers "which airline" with the 航空公司 the article names', () => {
    const answer = engine.ask('Which airline operated the plane?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('北方航空公司');
    expect(answer.passages[0]!.text).toContain('北方航空公司一架客机');
  });

  it('takes the class only from a noun of the article: "province" reaching the verb 表示 through "state" is no class', () => {
    expect(engine.ask('Which province issued the report?').direct).toBe('南河省气象台');
  });
});
