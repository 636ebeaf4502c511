import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { endsInPlaceHead } from '../../../src/language/place-heads.js';

// Written for this test: a festival opened in a village whose name jieba cuts before its head (村),
// and supplies kept at a school named after its town's centre.
const ARTICLE = `某村举办采茶节
<p>4月7日上午，第三届采茶文化节在青溪县白岩镇云雾村正式开幕。</p>
<p>县里的应急物资储备在青石镇中心小学安置点。</p>
<p>当天的比赛在东岭乡卫生院旁举行。</p>`;

describe('a place by its head', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'place-head')]);

  it('is a phrase ending in a unit, a building or a spot, not any noun', () => {
    expect(endsInPlaceHead('城北体育馆')).toBe(true);
    expect(endsInPlaceHead('乡中心学校安置点')).toBe(true);
    expect(endsInPlaceHead('36公里处')).toBe(true);
    expect(endsInPlaceHead('工作重点')).toBe(false);
    expect(endsInPlaceHead('风力')).toBe(false);
  });

  it('answers "where" with the name up to its head, not cut before it', () => {
    expect(engine.ask('采茶节在什么地方开幕？').direct).toBe('青溪县白岩镇云雾村');
  });

  it('runs past a head only over nouns (中心 + 小学), never over the verb after a place', () => {
    expect(engine.ask('应急物资储备在哪里？').direct).toBe('青石镇中心小学');
    expect(engine.ask('比赛在哪里举行？').direct).toBe('东岭乡卫生院');
  });

  it('never opens on the 至 before a place or a time (追溯至 | 北宋时期)', () => {
    const history = engineFromArticles([parseArticle('某地乡约研究\n<p>学者认为，当地的乡约制度可追溯至北宋时期，至今仍有遗存。</p>', 'place-head-time')]);
    expect(history.ask('当地的乡约制度可追溯到什么时期？').direct).toBe('北宋时期');
  });
});
