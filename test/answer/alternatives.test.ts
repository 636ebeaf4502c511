import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { alternativesOf } from '../../src/answer/reader/alternatives.js';

// Written for this test: a report that states one of two things a reader may ask between.
const ARTICLE = `新桥正式通车
<p>6月1日上午，横跨东江的新大桥正式通车。</p>
<p>这座大桥是一座斜拉桥，全长1.2公里，由市交通集团负责建设。</p>
<p>市交通集团表示，大桥通车后，两岸通行时间将缩短20分钟。</p>`;

describe('a question offering two alternatives', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'alternatives')]);

  it('splits the alternatives down to what tells them apart', () => {
    expect(alternativesOf('这座桥是悬索桥还是斜拉桥？')?.telling).toEqual([['悬索'], ['斜拉']]);
    expect(alternativesOf('is it a suspension bridge or a cable-stayed one?')?.telling).toEqual([['suspension'], ['cable-stayed']]);
    // 还是 as "also" or "still", with an asking word: no alternatives offered.
    expect(alternativesOf('他不仅是画家，他还是什么？')).toBeUndefined();
    expect(alternativesOf('在什么事件之前都还是优势植物？')).toBeUndefined();
  });

  it('answers with the alternative the article states, cited', () => {
    const answer = engine.ask('这座桥是悬索桥还是斜拉桥？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('斜拉桥');
    expect(answer.passages[0]!.paragraph).toBe(2);
  });

  it('answers an English one through the article words, a month as the article writes it', () => {
    const answer = engine.ask('Was the bridge opened in June or in July?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('6月');
    expect(engine.ask('Was it opened in the morning or in the evening?').direct).toBe('上午');
  });

  it('reads a question whose alternatives the article does not decide', () => {
    // Both are written (大桥 and 斜拉桥 in one sentence): the question is read as any other.
    const answer = engine.ask('这是大桥还是斜拉桥？');
    expect(answer.headline.startsWith('是')).toBe(false);
  });
});
