import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a place given with its finer parts right after it.
const ring = engineFromArticles([
  parseArticle(
    `某地警方破获诈骗集团\n<p>（某社记者周行某地12日电）警方指出，该团伙的话务窝点设在苏州市吴中区一栋写字楼内，由十多名成员轮班拨打电话。</p>\n<p>另据了解，该集团的总部位于江苏省南京市。</p>`,
    'whole-address',
  ),
]);

describe('a place asked', () => {
  it('is given to the finest part of the address the article writes after it', () => {
    expect(ring.ask('话务窝点设在什么地方？').direct).toBe('苏州市吴中区');
  });

  it('stops at the level a question asks (哪个省)', () => {
    expect(ring.ask('集团的总部位于哪个省？').direct).toBe('江苏省');
  });
});
