import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a company's report dated once in its lead, then "the same day" further on.
const ARTICLE = `某公司发布半年报
<p>【某报讯】8月19日晚间，某公司披露半年度报告。</p>
<p>报告显示，上半年公司实现营业收入12.4亿元。</p>
<p>研发投入同比增长18%。</p>
<p>海外收入占比升至三成。</p>
<p>同日发布的公告显示，公司拟回购股份。</p>
<p>公司董事长表示，下半年将继续扩大产能。</p>`;

describe('a date question answered with 同日', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'same-day')]);

  it('gives the day it points back to, quoting the sentence that writes it', () => {
    const answer = engine.ask('回购公告是哪天发布的？');
    expect(answer.direct).toBe('8月19日');
    expect(answer.passages.map((p) => p.text).join('')).toContain('8月19日晚间');
  });
});
