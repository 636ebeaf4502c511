import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a scheme's start, written with 起, and its end, written as how long it is valid.
const SCHEME = `青川县发放家电补贴
<p>5月8日，青川县政府举行新闻发布会，介绍家电以旧换新补贴方案。</p>
<p>方案自6月1日起施行，有效期至11月30日，县财政为此安排专项资金2000万元。</p>
<p>补贴资金按月分批投放，每月1日上午9时开放领取。</p>`;

describe('the end of a span of time asked (截止, 到什么时候)', () => {
  const engine = engineFromArticles([parseArticle(SCHEME, 'end-asked')]);

  it('is the date after 至, read where the article writes 有效期至 for 截止', () => {
    expect(engine.ask('补贴到什么时候截止？').direct).toBe('11月30日');
  });
});
