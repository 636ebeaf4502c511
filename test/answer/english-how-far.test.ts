import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a report with two distances, one from the Earth and one across a comet's
// core, the second beside words whose English senses hold "far" and "away" (迄今 "so far"; 爆发,
// 发出, 表现), which an English "how far away" once took for facts to find.
const REPORT = `岚峰天文台发现一颗新彗星
<p>岚峰天文台12日宣布，观测团队发现一颗新彗星。</p>
<p>团队负责人卓明川指出，迄今的观测表现显示，这颗彗星接近太阳时会爆发并发出强光，其彗核直径只有5公里左右。</p>
<p>据测算，它目前距离地球约3.4亿公里。</p>`;

describe('"how far (away)" in an English question', () => {
  const engine = engineFromArticles([parseArticle(REPORT, 'comet')]);

  it('asks a distance: far and away are not words the article must write', () => {
    expect(engine.ask('How far away from Earth is the new comet?').direct).toContain('3.4亿公里');
  });
});
