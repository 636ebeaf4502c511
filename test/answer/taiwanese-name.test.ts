import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a Taiwanese report naming a collector, 葛安平, whom an English question
// spells as Taiwan does (Ko An-ping); An and ping are English words too, and jieba cuts the name apart.
const SHOW = `嵐峰市立博物館瓷器特展開幕
<p>（中央社記者簡若舟嵐峰5日電）嵐峰市立博物館今天舉行瓷器特展開幕記者會，展出館藏及借展瓷器共120件。</p>
<p>旅日收藏家葛安平也將家族珍藏的一對青瓷茶盞無償借展，他說，希望讓更多人看見這段歷史。</p>
<p>館方表示，特展將展出至明年2月28日。</p>`;

describe('a Taiwanese name spelt in English, its given name hyphened', () => {
  const engine = engineFromArticles([parseArticle(SHOW, 'show')]);

  it('is found by its Wade–Giles spelling, not refused as a name the article lacks', () => {
    const reply = engine.ask('What did collector Ko An-ping lend to the exhibition?');
    expect(reply.abstained).toBe(false);
    expect(reply.passages[0]?.text).toContain('青瓷茶盞');
  });
});
