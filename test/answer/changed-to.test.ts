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

// Written for this test: a second-generation device's weight and battery life, each changed from
// the first generation's, in a sentence that names the first generation only to compare.
const DEVICE = `沐溪科技发布第二代智能手表
<p>与去年推出的第一代产品相比，二代手表整机重量从52克降至41克，续航时间从3天提升到7天。</p>`;

describe('a value changed to another, asked as what it is now', () => {
  const engine = engineFromArticles([parseArticle(DEVICE, 'device')]);

  it('gives the new weight, not the old one nor both as a range, though the sentence names the first generation', () => {
    const reply = engine.ask('二代手表现在有多重？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('41克');
    expect(reply.direct).not.toContain('52克');
  });

  it('gives the new length of time', () => {
    const reply = engine.ask('二代手表续航能用多久？');
    expect(reply.direct).toContain('7天');
    expect(reply.direct).not.toContain('3天');
  });
});

// A set's score, written with a colon as sports pages do.
const MATCH = `沐溪女排3比1胜岚江
<p>首局比赛，岚江队依靠发球冲击，一度以17:11领先，但沐溪队随后连得8分，以25:22拿下首局。</p>`;

describe('a score written with a colon', () => {
  it('answers 几比几 with it', () => {
    const engine = engineFromArticles([parseArticle(MATCH, 'colon-score')]);
    const reply = engine.ask('首局岚江队一度领先到几比几？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('17:11');
  });
});
