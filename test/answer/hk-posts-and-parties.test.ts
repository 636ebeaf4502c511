import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a Hong Kong report in traditional script whose people are named after
// their posts and followed by 昨日, and whose legislator's party is never named.
const OUTAGE = `汀洲電訊網絡故障五小時 立法會議員促交代
<p>【本報訊】汀洲電訊流動網絡前日上午大規模故障，全港逾百萬名用戶受影響。</p>
<p>汀洲電訊技術總監霍家朗昨日在記者會上解釋，事故源於公司前日凌晨進行的核心網絡軟件升級。</p>
<p>立法會資訊科技委員會主席鄺思敏批評，公司應盡快向公眾交代。</p>
<p>通訊事務管理局辦公室表示，已要求公司在14日內提交報告。</p>`;

describe('posts and parties in a Hong Kong report, asked in Cantonese', () => {
  const engine = engineFromArticles([parseArticle(OUTAGE, 'hk-posts-and-parties')]);

  it('gives the post of someone named before 昨日 (技術總監霍家朗昨日…)', () => {
    // The post, not the clause that holds it.
    expect(engine.ask('霍家朗喺公司做咩職位？').direct).toBe('汀洲電訊技術總監');
    expect(engine.ask('霍家朗是什麼職位？').direct).toBe('汀洲電訊技術總監');
  });

  it('reads 邊個 before a noun as which (邊個機構), not who', () => {
    expect(engine.ask('邊個機構要求公司交報告？').direct).toContain('通訊事務管理局');
  });

  // 邊個政黨 must be read as which party (哪个政党) for the party to be what is asked.
  it('refuses which party a legislator is of when the article names none, not giving the post', () => {
    const answer = engine.ask('鄺思敏係邊個政黨嘅議員？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('政黨');
  });
});
