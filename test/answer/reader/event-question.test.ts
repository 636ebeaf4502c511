import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the event's date stands in the lead; a later sentence repeats the
// question's own words (事情, 发生) beside another date.
const ARTICLE = `东郊人行桥夜间坍塌 三人受伤送医
<p>记者 王文</p>
<p>3月5日凌晨，东郊一座人行桥突然坍塌，三名路过的市民受伤，已被送往医院救治。</p>
<p>3月7日，当地成立了调查组。一位老住户说，这种事情在这里以前从没发生过。</p>
<p>调查组表示，将在一个月内公布调查结果。</p>`;

describe('a question that names only the event', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'event')]);

  it('is answered about the event the headline reports, not where its words recur', () => {
    const answer = engine.ask('事情发生在哪一天？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toMatch(/^3月5日/);
  });

  it('still answers a question that names its own thing from where that thing stands', () => {
    expect(engine.ask('调查组是哪天成立的？').direct).toBe('3月7日');
  });
});
