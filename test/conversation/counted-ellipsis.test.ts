import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { converse } from '../../src/conversation/index.js';

// Written for this test: one sentence counting two kinds of people on a flight.
const ARTICLE = `航班紧急备降
<p>当时，这架飞机上载有120名乘客和6名空乘人员。</p>
<p>飞机随后在附近机场安全降落。</p>`;

describe('"And cabin crew?" after "How many passengers …?"', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'counted-ellipsis')]);

  it('asks the same count of the new thing, and answers it', () => {
    const first = converse(engine, undefined, 'How many passengers were on board?');
    expect(first.answer.direct).toContain('120名');
    const next = converse(engine, first.exchange, 'And cabin crew?');
    expect(next.understood).toBe('Read as: How many cabin crew were on board?');
    expect(next.answer.direct).toContain('6名');
  });
});
