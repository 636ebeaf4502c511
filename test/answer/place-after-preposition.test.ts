import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a festival report whose places are venues and spots, not place names
// jieba knows, each written after 在, 于 or 设在, and with a prize's title in quotes near one of them.
const FESTIVAL = `岚峰市第五届茶文化节开幕
<p>本报讯（记者 岑晓霁）4月7日上午9时，随着一声锣响，岚峰市第五届茶文化节在城东的百亩茶园正式开幕。</p>
<p>闭幕式暨“金叶奖”颁奖典礼9日晚在岚峰市滨江大剧院举行，共有十个奖项揭晓。</p>
<p>本届茶文化节的主会场设在岚峰国际会展中心北门广场，全程免费开放。</p>
<p>组委会主任卓明川出生于卡里斯坦一个普通茶农家庭，从事茶叶研究已有三十年。</p>`;

const engine = engineFromArticles([parseArticle(FESTIVAL, 'festival')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('a place written after a preposition of place', () => {
  it('is the whole place, 的 and all, not the sound that opened the day', () => {
    expect(direct('茶文化节在什么地方开幕？')).toBe('城东的百亩茶园');
  });

  it('is the venue a "which venue" asks, not the prize named in quotes beside it', () => {
    const answer = direct('颁奖典礼是在哪个场馆举行的？');
    expect(answer).toContain('滨江大剧院');
    expect(answer).not.toContain('金叶奖');
  });

  it('runs to the end of the place, over the words a name is cut into', () => {
    expect(direct('主会场设在什么地方？')).toContain('会展中心北门广场');
  });

  it('ends where what is there begins (a family, after the place)', () => {
    const answer = direct('卓明川出生在什么地方？');
    expect(answer).toContain('卡里斯坦');
    expect(answer).not.toContain('家庭');
  });
});

// Written for this test: a governor's tour, the city written right before what he did there.
const TOUR = `檀溪省长考察峄川新能源产业
<p>5月6日至7日，省长嵩岚在峄川市调研新能源汽车产业发展情况，并主持召开企业座谈会。</p>
<p>嵩岚强调，要抢抓窗口期，加快打造新能源产业集群。</p>`;

describe('a place written before the verbal noun of what was done there', () => {
  it('is the place, not the place and the act (峄川市, not 峄川市调研)', () => {
    const reply = engineFromArticles([parseArticle(TOUR, 'tour')]).ask('企业座谈会是在哪里开的？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('峄川市');
  });
});
