import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a budget changed from one value to another in one clause.
const BUDGET = `沐溪电子上调全年投资计划
<p>沐溪电子董事会昨日通过决议，将今年资本支出由原订的180亿元上调至235亿元，主要用于新厂扩建。</p>`;

describe('a figure changed from one value to another (由A上调至B)', () => {
  const engine = engineFromArticles([parseArticle(BUDGET, 'changed-to')]);

  it('gives the value it was changed to, asked in English', () => {
    const reply = engine.ask("To how much was this year's capital spending raised?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('235亿元');
  });

  it('gives the value it was changed to, asked what it is', () => {
    expect(engine.ask('今年的资本支出是多少？').direct).toContain('235亿元');
  });

  it('gives the value before the change where that is asked', () => {
    expect(engine.ask('原订的资本支出是多少？').direct).toContain('180亿元');
  });
});
