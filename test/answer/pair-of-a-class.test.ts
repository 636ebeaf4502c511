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

// Written for this test: a month's prices by category, the two that fell named in a later sentence
// that shares few words with the question, after the ones that rose.
const PRICES = `某市3月居民消费价格同比上涨0.6%
<p>市统计局发布数据，3月份全市居民消费价格同比上涨0.6%。</p>
<p>八大类商品和服务价格呈现“六涨两降”。</p>
<p>其中，食品烟酒类上涨1.8%，衣着类上涨1.1%，教育文化娱乐类上涨2.2%，医疗保健类上涨0.6%，生活用品及服务类上涨0.2%，其他用品及服务类上涨2.9%；交通通信类和居住类分别下降2.4%和0.3%。</p>`;

describe('a pair asked of kinds (哪两类)', () => {
  it('is answered by the two kinds the article names, read wherever retrieval ranks their sentence', () => {
    const engine = engineFromArticles([parseArticle(PRICES, 'pair-of-kinds')]);
    expect(engine.ask('八大类里哪两类价格是下降的？').direct).toBe('交通通信类和居住类');
  });
});
