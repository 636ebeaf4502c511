import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a run of 以…为… frames in one clause, the last one's noun quoted, and a
// description with a frame of its own.
const engine = engineFromArticles([
  parseArticle(
    `两地共推协同发展\n<p>记者 周行</p>\n<p>会议提出，要坚持以发展新能源产业为重点、以建设南湖科技园为载体、以改善公共服务为“抓手”，推动两地协同发展。</p>\n<p>湖中的银鳞鱼体长约十厘米，主要以小虾和藻类为食。</p>`,
    'frame',
  ),
]);

describe('a question asking what fills a 以…为… frame', () => {
  it('is answered with the words between 以 and the same 为 + noun, not the run of frames', () => {
    expect(engine.ask('两地要以什么为重点？').direct).toBe('发展新能源产业');
    expect(engine.ask('两地要以什么为载体？').direct).toBe('建设南湖科技园');
    // The noun may be quoted in the article.
    expect(engine.ask('两地要以什么为抓手？').direct).toBe('改善公共服务');
    expect(engine.ask('银鳞鱼以什么为食？').direct).toBe('小虾和藻类');
  });
});
