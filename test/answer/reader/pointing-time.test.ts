import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a pilot's childhood reason, told by its moment (小学时), never with 当初.
const PILOT = `女飞行员周雨桐的蓝天梦
<p>周雨桐是东川航空公司的首位女机长。</p>
<p>她出生在海边的小渔村。小学时，一架客机从村子上空低低掠过，“那一刻我就想，以后一定要开飞机”。</p>
<p>2010年，她通过招飞考试，进入民航飞行学院学习。</p>`;

describe('a question pointing at a time of the story (当初, 过后)', () => {
  const engine = engineFromArticles([parseArticle(PILOT, 'pointing-time')]);

  it('is not refused for the pointing word the article never writes', () => {
    const answer = engine.ask('周雨桐当初为什么想当飞行员？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('客机从村子上空低低掠过');
  });
});
