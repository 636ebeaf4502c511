import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a reef restoration that names the two kinds of coral it plants, and a final
// between two teams, beside other pairs of things.
const REEF = `珊瑚礁修复试验取得进展
<p>科研团队在某海域开展珊瑚礁生态修复，至今已移植珊瑚约十二万株，修复面积超过十五公顷。</p>
<p>负责人介绍，团队目前以鹿角珊瑚和蔷薇珊瑚为主，因为它们生长快。</p>
<p>下一步，团队还将在东岛和北岛开展调查。</p>`;

describe('a pair asked of a class (哪两类珊瑚)', () => {
  const engine = engineFromArticles([parseArticle(REEF, 'pair-of-a-class')]);

  it('is answered by two items that each name the class, not by the sentence most like the question', () => {
    expect(engine.ask('团队目前主要种的是哪两类珊瑚？').direct).toBe('鹿角珊瑚和蔷薇珊瑚');
  });
});
