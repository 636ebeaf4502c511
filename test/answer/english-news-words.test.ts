import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a film week whose top prize a film "获得", beside prizes others "获得" and "赢得".
const FILM = `第五届棠溪电影周闭幕
<p>第五届棠溪电影周11月2日晚闭幕，剧情片《远山》获得最佳影片奖。</p>
<p>最佳导演奖由导演简若舟凭借《长夜》获得，主演霍家澍赢得最佳男演员奖。</p>
<p>本届电影周共展映影片86部。</p>`;

// Written for this test: a match watched by 观众, whom an English question calls fans.
const MATCH = `沐溪队主场战平棠溪队
<p>11月9日晚，城市足球联赛第22轮在沐溪体育场进行，沐溪队1比1战平棠溪队。</p>
<p>现场共有18620名观众观战，创下本赛季该场馆的上座纪录。</p>
<p>第35分钟，棠溪队中场岑晓霁远射破门。</p>`;

describe('English words news writes its own way', () => {
  it('a prize won is one obtained (获得最佳影片奖)', () => {
    const engine = engineFromArticles([parseArticle(FILM, 'film')]);
    const reply = engine.ask('Which film won the top award?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('《远山》');
  });

  it('the fans at a match are its 观众', () => {
    const engine = engineFromArticles([parseArticle(MATCH, 'match')]);
    const reply = engine.ask('How many fans attended the match?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('18620名');
  });
});
