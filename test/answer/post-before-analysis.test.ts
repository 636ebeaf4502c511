import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { directAnswers } from '../helpers.js';

// Written for this test: an official named once with his post before 分析说, then alone.
const PRICES = `某市发布4月份物价数据
<p>某市统计局5月15日发布数据显示，4月份全市居民消费价格同比上涨0.8%。</p>
<p>市统计局城市调查处处长罗建平分析说，猪肉价格上涨主要是由于生猪存栏量减少。</p>
<p>罗建平表示，全市物价总体保持平稳。</p>`;

describe('a post written before a name that 分析说 follows', () => {
  const direct = directAnswers(PRICES, 'post-before-analysis');

  it('is the person\'s post, asked in either language', () => {
    for (const question of ['罗建平是什么职务？', "What is Luo Jianping's job?"]) expect(direct(question), question).toBe('市统计局城市调查处处长');
  });
});

// Written for this test: a name the people reader cannot take after its post (研判说 follows it).
const UNREAD = `某市发布物价数据
<p>市统计局局长罗建平研判说，猪肉价格上涨主要是由于生猪存栏量减少。</p>
<p>罗建平表示，全市物价总体保持平稳。</p>`;

describe('a post asked where no post was read for the person', () => {
  const engine = engineFromArticles([parseArticle(UNREAD, 'post-unread')]);

  it('is read for in the article, not answered with what the person said', () => {
    for (const question of ['罗建平是什么职务？', "What is Luo Jianping's job?"]) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.direct, question).toContain('局长');
      expect(answer.headline, question).not.toBe('罗建平说：');
    }
  });
});
