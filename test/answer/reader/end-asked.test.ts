import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a scheme's start, written with 起, and its end, written as how long it is valid.
const SCHEME = `青川县发放家电补贴
<p>5月8日，青川县政府召开发布会，介绍家电以旧换新补贴政策。</p>
<p>政策6月1日起实行，有效期至11月30日，全县共安排资金2000万元。</p>
<p>补贴名额每周一上午放出，领完即止。</p>`;

describe('the end of a span of time asked (截止, 到什么时候)', () => {
  const engine = engineFromArticles([parseArticle(SCHEME, 'end-asked')]);

  it('is the date after 至, read where the article writes 有效期至 for 截止', () => {
    expect(engine.ask('这项补贴政策什么时候截止？').direct).toBe('11月30日');
  });
});
