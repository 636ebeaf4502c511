import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a court report naming a judge, her husband beside her, and a defendant.
const ARTICLE = `青石县一起敲诈案宣判
<p>青石县法院原副院长王丽及其丈夫陈明曾被指控收受财物，王丽陈明夫妇随即陷入风波。</p>
<p>被告人周强生于1970年3月5日，案发前是一名司机。他对判决表示认同。</p>
<p>此次庭审历时3个多小时。2020年除夕前两天，周强获释回家。</p>`;

describe('"X的丈夫是谁" asks for someone of X, not for X', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'someone-of-a-person')]);

  it('answers with the relation the article names, not the named person\'s post', () => {
    const answer = engine.ask('王丽的丈夫是谁？');
    expect(answer.direct).toContain('陈明');
    expect(answer.direct).not.toContain('副院长');
  });

  it('refuses a relation the article never writes, instead of quoting what the person said', () => {
    const wife = engine.ask('周强的妻子叫什么名字？');
    expect(wife.abstained).toBe(true);
    expect(wife.headline).toContain('妻子');
    const lawyer = engine.ask("Who was Wang Li's lawyer?");
    expect(lawyer.abstained).toBe(true);
    expect(lawyer.headline).not.toContain('副院长');
  });

  it('finds a birth written as 生于 when asked with 出生', () => {
    expect(engine.ask('周强哪一天出生？').direct).toContain('1970年3月5日');
  });

  it('answers a length of time, not a day counted back from a holiday', () => {
    expect(engine.ask('此次庭审历时多久？').direct).toBe('3个多小时');
  });
});

