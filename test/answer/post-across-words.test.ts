import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a section head's post, which jieba cuts across its title (处处长 as 处处/长).
const TRAFFIC = `省交通厅发布春运安排
<p>省交通运输厅综合规划处处长邓立群介绍，今年春运预计发送旅客1.8亿人次。</p>`;

describe('a post whose title jieba cuts into the word before it', () => {
  const engine = engineFromArticles([parseArticle(TRAFFIC, 'post-across-words')]);

  it('is the whole post, not the title\'s last character', () => {
    expect(engine.ask('邓立群担任什么职务？').direct).toBe('省交通运输厅综合规划处处长');
  });
});
