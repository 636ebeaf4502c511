import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: one sentence counting the same thing twice, once after its noun (开放步道5条,
// the first day's) and once before it (全部42条步道, the final number).
const PARK = `某市郊野公园开园
<p>本报讯 11月5日，某市郊野公园正式开园。首日开放步道5条，总长约6公里，此后将根据施工进度逐步开放，预计明年春季全部42条步道开放。</p>
<p>公园管理处主任赵立新介绍，公园占地约1200公顷，建有观景台8座。</p>`;

describe('a count written after its noun, against one written before it', () => {
  const engine = engineFromArticles([parseArticle(PARK, 'counted-after-noun')]);

  it('stands when the rest of the question points at it (首日 for 第一天)', () => {
    expect(engine.ask('开园第一天开放了几条步道？').direct).toBe('5条');
  });
});
