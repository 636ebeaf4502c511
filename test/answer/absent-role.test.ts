import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: two match reports, one naming its referee and one not.
const NAMED = `甲队主场2比1胜乙队
<p>本报讯 6月15日晚，甲队主场以2比1战胜乙队。本场比赛的主裁判由赵某担任，他共出示了5张黄牌。</p>
<p>甲队前锋钱某梅开二度。</p>`;
const UNNAMED = `丙队客场1比0胜丁队
<p>本报讯 6月16日晚，2025赛季联赛第12轮一场比赛在某体育中心进行，丙队客场以1比0战胜丁队。</p>
<p>丙队前锋孙某在第80分钟打进全场唯一进球。丁队主教练周某赛后表示，球队在比赛中创造了不少机会。</p>
<p>本场比赛现场观众达到3万人，刷新了该球场本赛季的上座纪录。</p>`;

const RESEARCH = `某大学团队发现耐盐基因
<p>本报讯 某大学团队3月18日发表论文，发现一个让水稻耐盐的关键基因。</p>
<p>团队负责人表示，团队已与甲省、乙省两家种业企业合作，培育耐盐新品种，预计最快2027年提交审定。</p>`;

const engine = engineFromArticles([parseArticle(NAMED, 'named'), parseArticle(UNNAMED, 'unnamed'), parseArticle(RESEARCH, 'research')]);

describe('who holds a role the article never names', () => {
  it('is refused, naming the role', () => {
    const reply = engine.ask('这场比赛的主裁判是哪位？', { articleId: 'unnamed' });
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('主裁判');
  });

  it('is answered where the article names the holder', () => {
    expect(engine.ask('这场比赛的主裁判是哪位？', { articleId: 'named' }).direct).toContain('赵某');
  });
});

describe('the names of things the article counts but never names', () => {
  it('is refused, whatever adverb stands before the asking words (分别叫什么)', () => {
    const reply = engine.ask('和团队合作的两家种业企业分别叫什么？', { articleId: 'research' });
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('企业');
  });
});
