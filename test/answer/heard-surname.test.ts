import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: a race won by a runner named in full once, then by his surname alone.
const ARTICLE = `某城马拉松落幕 外籍选手打破赛会纪录
<p>男子组比赛中，埃塞俄比亚选手阿贝贝·贝克勒以2小时06分58秒夺冠。</p>
<p>贝克勒从30公里处开始提速，独自领跑到终点。</p>
<p>女子组冠军由本地选手周某某获得。</p>`;

describe('a foreign surname spelled in English', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'heard-surname')]);

  it('is heard in a transliteration of three sounds, the same sounds exactly', () => {
    const understood = understandQuestion('Where did Bekele speed up?', engine.knowledge);
    const words = understood.concepts.flatMap((c) => c.alternatives.map((a) => a.word));
    expect(words).toContain('阿贝贝·贝克勒');
  });

  it('meets the surname the article later writes alone', () => {
    const understood = understandQuestion('Where did Bekele speed up?', engine.knowledge);
    const words = understood.concepts.flatMap((c) => c.alternatives.map((a) => a.word));
    expect(words).toContain('贝克勒');
  });
});
