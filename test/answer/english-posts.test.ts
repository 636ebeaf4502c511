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
