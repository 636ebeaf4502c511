import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { engineFor, seedFile } from '../helpers.js';

// Written for this test: a traditional article that never mentions the League of Nations, nor BCPL.
const museum = parseArticle('故宮博物院\n<p>國立故宮博物院位於臺北市士林區，館藏文物近七十萬件。</p><p>博物院每年接待遊客超過四百萬人次，其中多數來自海外。</p>', 'museum-tw');
const language = parseArticle('编程语言\n<p>C语言由丹尼斯·里奇在贝尔实验室设计，它的前身是B语言。</p>', 'c-language');

describe('a refusal names what the article lacks as the question wrote it', () => {
  it('in the traditional characters the question was typed in, not half simplified', () => {
    const answer = engineFromArticles([museum]).ask('國際聯盟是哪一年成立的？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('“國際聯盟”');
  });

  it('in the script of a traditional article, what it quotes as typed', () => {
    const engine = engineFromArticles([museum]);
    expect(engine.ask('國際聯盟是哪一年成立的？').headline).toBe('文章沒有提到“國際聯盟”。');
    expect(engine.ask('国际联盟是哪一年成立的？').headline).toBe('文章沒有提到“国际联盟”。');
  });

  it('in the script of a simplified article', () => {
    expect(engineFromArticles([language]).ask('BCPL是谁设计的？').headline).toBe('文章没有提到“BCPL”。');
  });

  it('in the capitals of a Latin name', () => {
    const answer = engineFromArticles([language]).ask('BCPL是谁设计的？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('“BCPL”');
  });

  it('in the capitals of a place no one named comes from', async () => {
    const answer = (await engineFor(seedFile)).ask('Which Tianjin officials attended?');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('“Tianjin”');
  });

  it('for the post of a place no one named comes from, not another place’s holder of that post', async () => {
    // The seed writes 天津 only inside 京津, and names two party secretaries, of Beijing and of Hebei.
    const engine = await engineFor(seedFile);
    for (const question of ['Who is the Party secretary of Tianjin?', 'Who is the Tianjin Party secretary?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toBe('The article names no one from “Tianjin”.');
    }
    expect(engine.ask('Who is the Party secretary of Beijing?').direct).toContain('蔡奇');
  });
});
