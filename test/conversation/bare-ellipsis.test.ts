import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { converse } from '../../src/conversation/index.js';
import { bareEllipsis } from '../../src/conversation/words.js';

// Written for this test: two climbers of different ages.
const ARTICLE = `两名登山者获救
<p>3月2日，45岁的领队和31岁的队员在雪山上迷路，次日被救援队找到。</p>
<p>救援队队长表示，两人身体状况良好。</p>`;

describe('a bare ellipsis with no conversation before it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'bare-ellipsis')]);

  it('asks for the whole question instead of guessing', () => {
    for (const typed of ['队员呢？', 'And the other climber?', 'What about a day later?']) {
      const turn = converse(engine, undefined, typed);
      expect(turn.answer.abstained, typed).toBe(true);
      expect(turn.answer.passages, typed).toEqual([]);
      expect(turn.answer.headline, typed).toMatch(/问题问完整|ask the whole question/u);
    }
  });

  it('is read against the conversation when there is one', () => {
    const first = converse(engine, undefined, '领队多大年纪？');
    expect(first.answer.direct).toBe('45岁');
    const next = converse(engine, first.exchange, '队员呢？');
    expect(next.answer.abstained).toBe(false);
    expect(next.answer.direct).toBe('31岁');
  });

  it('tells an ellipsis that asks something itself from a bare one', () => {
    expect(bareEllipsis('北京呢？')).toBe(true);
    expect(bareEllipsis('And the other pilot?')).toBe(true);
    expect(bareEllipsis('谁签署了协议呢？')).toBe(false);
    expect(bareEllipsis('And who attended?')).toBe(false);
    expect(bareEllipsis('领队多大年纪？')).toBe(false);
  });
});
