import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a captain and a co-pilot, each with an age.
const ARTICLE = `航班机组停飞接受调查
<p>航空公司表示，45岁的机长已被停飞。</p>
<p>涉事航班的副驾驶今年31岁，入职刚满两年。</p>`;

describe('an English compound written with a hyphen', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'hyphened-words')]);

  it('is looked up whole (co-pilot → 副驾驶), not as its parts (pilot → 机长)', () => {
    const answer = engine.ask('How old is the co-pilot?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('31岁');
  });
});
