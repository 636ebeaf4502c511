import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test (the winners' names are used by no other test: names taught to jieba are
// process-wide, and 卓明川 of other files, a company there, once made this one depend on file order):
// the lead names the race three ways (马拉松, 全马, 半马: the dictionary's ways
// of "marathon"), the result is in a sentence that writes none of them.
const RACE = `2024沐溪马拉松落幕
<p>11月3日，2024沐溪马拉松在沐溪湖畔鸣枪起跑，本届马拉松设全马、半马和迷你马拉松三个项目，全马首次途经沐溪老城。</p>
<p>男子组第一名由邬砚秋获得，成绩为2小时12分05秒。</p>
<p>女子组第一名由岑暮遥获得，成绩为2小时31分40秒。</p>`;

describe('an English word the article writes several ways', () => {
  const engine = engineFromArticles([parseArticle(RACE, 'race')]);

  it('counts once, by its best way: a sentence writing all its ways does not outweigh the one that answers', () => {
    const reply = engine.ask("Who won the men's marathon?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('邬砚秋');
    expect(reply.passages[0]?.text).toContain('男子组第一名由邬砚秋获得');
  });
});
