import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { converse } from '../../src/conversation/index.js';

// Written for this test: two people of one kind in one sentence, each with an age.
const ARTICLE = `两名登山者获救
<p>救援队周日找到了失联的两名登山者。</p>
<p>据救援队介绍，45岁的领队和31岁的队员均已送往医院，目前情况稳定。</p>
<p>两人此前在山上被困了两天。</p>`;

describe('"And the other one?" asks for the one the last answer was not', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'other-one')]);

  it('asks past the age just given, in either language, and says so', () => {
    const first = converse(engine, undefined, '领队多大年纪？');
    expect(first.answer.direct).toBe('45岁');
    const next = converse(engine, first.exchange, 'And the other climber?');
    expect(next.understood).toContain('除了45岁');
    expect(next.answer.direct).toBe('31岁');

    const english = converse(engine, undefined, 'How old is the leader?');
    expect(english.answer.direct).toContain('45岁');
    const other = converse(engine, english.exchange, 'What about the other one?');
    expect(other.understood).toMatch(/^Read as: Besides 45岁, how old/u);
    expect(other.answer.direct).toContain('31岁');
  });

  it('leaves an ellipsis that names a new thing without "other" as it was', () => {
    const first = converse(engine, undefined, '领队多大年纪？');
    const next = converse(engine, first.exchange, '队员呢？');
    expect(next.understood).not.toContain('除了');
    expect(next.answer.direct).toBe('31岁');
  });
});
