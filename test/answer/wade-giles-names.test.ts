import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { wadeGilesKeys } from '../../src/language/wade-giles.js';

// Written for this test: a bakery in traditional script, its owner named in full once.
const ARTICLE = `老街麵包店獲評城市好店
<p>在老街開麵包店已經18年的店主曾秀貞，今年獲評「城市好店」。</p>
<p>她說，店裡每天清晨4點開始揉麵，一天賣出約500個菠蘿麵包。</p>
<p>市府表示，今年共有42家店獲得這項榮譽。</p>`;

describe('a Taiwanese name spelt in Wade–Giles', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'wade-giles')]);

  it('reads each spelling as every pinyin syllable it may be', () => {
    expect(wadeGilesKeys(['tseng', 'hsiu', 'chen'])).toEqual(expect.arrayContaining(['zengxiuzhen', 'cengxiuchen']));
    expect(wadeGilesKeys(['chang', 'chih', 'ming'])).toContain('zhangzhiming');
    expect(wadeGilesKeys(['smith'])).toEqual([]);
  });

  it('finds the owner the article names, and answers about her', () => {
    const answer = engine.ask('How long has Tseng Hsiu-chen been running the bakery?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('18年');
  });
});
