import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: each article names one person by a post the dictionary glosses otherwise
// (馆长 has no English gloss; 发言人 is a spokesperson; 校长 a president or a headmaster; 总裁 a chairman).
const story = (post: string) =>
  engineFromArticles([parseArticle(`某地新闻\n<p>某单位${post}周明远表示，今年的工作进展顺利。</p>\n<p>据介绍，该单位今年共完成项目12个。</p>`, `post-${post}`)]);

describe('an English question naming a post', () => {
  it.each([
    ['馆长', 'Who is the director of the museum?'],
    ['发言人', 'Who is the spokesman of the ministry?'],
    ['校长', 'Who is the principal of the school?'],
    ['总裁', 'Who is the CEO of the company?'],
  ])('reaches the Chinese post %s', (post, question) => {
    const reply = story(post).ask(question);
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('周明远');
  });

  it('still refuses a post the article never writes', () => {
    expect(story('馆长').ask('Who is the mayor of the city?').abstained).toBe(true);
  });
});

describe('a Chinese post news writes before a name', () => {
  it.each(['厂长', '船长', '策展人'])('is the post of the person after it (%s)', (post) => {
    expect(story(post).ask('周明远是什么职务？').direct).toContain(post);
  });
});

// Written for this test: a section chief who announces fees, and a price the fees reach.
const FEES = `汶岚市调整停车收费标准
<p>汶岚市物价局价格监督检查科科长邴若川介绍，新标准将于5月1日起实施。</p>
<p>按照新标准，中心城区路内停车首小时收费10元，之后每小时5元，夜间包月价格不超过150元。</p>`;

describe('an English who-question with a quantity noun in it (the price section)', () => {
  const fees = engineFromArticles([parseArticle(FEES, 'fees')]);

  it('asks who, not a price', () => {
    const reply = fees.ask('Who heads the price inspection section?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('邴若川');
  });

  it('leaves a price asked a price', () => {
    expect(fees.ask('What is the monthly price at night?').direct).toContain('150元');
  });
});
