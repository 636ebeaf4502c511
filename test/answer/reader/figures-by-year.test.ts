import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';

// Written for this test: figures for two years in one sentence, set apart by spaces as some outlets do.
const ARTICLE = `青岚产业年报
<p>2024年3月8日，我国将第十二颗青岚导航卫星发射升空。</p>
<p>2022 年，青岚产业总体产值约 1200 亿元，2023 年将超过 1500 亿元。</p>
<p>目前已有超过 3.5 万艘渔船应用了青岚系统。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'figures-by-year')]);

describe('figures of several years in one sentence', () => {
  it('answers with the figure written under the year asked', () => {
    expect(engine.ask('2022年产值是多少？').direct).toBe('1200 亿元');
    expect(engine.ask('2023年产值是多少？').direct).toBe('1500 亿元');
  });

  it('answers a figure asked with a hedge the article words otherwise (预计 for 将)', () => {
    const reply = engine.ask('2023年产值预计多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('1500 亿元');
  });

  it('keeps a figure and its magnitude together across a space', () => {
    expect(tokenize('超过 3.5 万艘渔船').map((t) => t.word)).toContain('3.5 万艘');
    expect(engine.ask('有多少艘渔船应用了青岚系统？').direct).toContain('3.5 万艘');
  });
});

describe('a member of a series after the last one the article numbers', () => {
  it('is refused, named as the question writes it', () => {
    const reply = engine.ask('谁发射了第十三颗青岚导航卫星？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('第十三颗');
    expect(engine.ask('谁发射了第15颗青岚导航卫星？').abstained).toBe(true);
  });

  it('is not refused when it is the one the article reports', () => {
    expect(engine.ask('第十二颗青岚导航卫星是什么时候发射的？').direct).toBe('2024年3月8日');
  });
});
