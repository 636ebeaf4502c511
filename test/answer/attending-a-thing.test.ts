import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the verb of attending (参加) with a thing asked of it, and the people present.
const ARTICLE = `演员王小明凭综艺节目走红
<p>演员王小明2015年参加电视节目《家乡的味道》，随后走红。</p>
<p>节目组导演陈刚介绍，共有12位嘉宾参加了录制，其中包括歌手刘丽。</p>
<p>区文化局相关负责人表示，将帮助王小明筹办个人展览。</p>`;

describe('a question that attends to a thing', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'attending-a-thing')]);

  it('answers the thing asked, not the people present', () => {
    const answer = engine.ask('王小明参加了什么节目？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('家乡的味道');
    expect(answer.direct).not.toContain('陈刚');
  });

  it('reads how officials will help rather than listing people', () => {
    const answer = engine.ask('文化局 officials 说会怎么帮助王小明？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('筹办个人展览');
    expect(answer.direct).not.toContain('陈刚');
  });

  it('still lists the people when people are asked', () => {
    const answer = engine.ask('有哪些人参加了录制？');
    expect(answer.direct).toContain('陈刚');
  });
});
