import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a yearly festival's report that writes this year's edition as 本届, and a
// visitor's quotation that holds another length of time (住了20年).
const FESTIVAL = `第五届东湖音乐节落幕
<p>据东湖音乐节组委会介绍，本届音乐节为期6天，共举办演出38场，吸引观众逾12万人次。</p>
<p>来自外地的乐迷王先生说，他在东湖边住了20年，“第一次看到这么热闹的场面”。</p>
<p>组委会表示，明年将继续举办。</p>`;

describe("an English question's \"this year's\" event", () => {
  const engine = engineFromArticles([parseArticle(FESTIVAL, 'this-years-edition')]);

  it('is the edition the report calls 本届', () => {
    const reply = engine.ask("How long did this year's music festival run?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('6天');
  });
});
