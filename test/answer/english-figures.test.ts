import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a typhoon whose strength at landfall is a grade (13级), beside its time and place.
const TYPHOON = `台风“岚峰”登陆沐溪
<p>今年第9号台风“岚峰”于8日凌晨2时10分前后在沐溪县沿海登陆，登陆时中心附近最大风力有13级，中心最低气压为960百帕。</p>
<p>受其影响，沐溪县普降暴雨，全县转移群众2.3万人。</p>`;

describe('"how strong" asked in English', () => {
  const engine = engineFromArticles([parseArticle(TYPHOON, 'typhoon')]);

  it('asks a figure (the wind grade), not the sentence it stands in', () => {
    const reply = engine.ask('How strong was the wind when the typhoon made landfall?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('13级');
  });
});

// Written for this test: a match report whose final score (2比1) and half-time score (0比1) stand
// apart from the minutes of its goals.
const MATCH = `棠溪队主场2比1逆转沐溪队
<p>11月3日晚，城市足球联赛第20轮在棠溪体育场进行，棠溪队最终以2比1逆转战胜沐溪队。</p>
<p>第12分钟，沐溪队前锋霍家澍破门，半场结束时客队以1比0领先。</p>
<p>第63分钟和第88分钟，棠溪队中场岑晓霁两度破门。</p>`;

describe('a score asked in English', () => {
  const engine = engineFromArticles([parseArticle(MATCH, 'match')]);

  it('is two figures either side of 比, not the minute of a goal', () => {
    const reply = engine.ask('What was the final score?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('2比1');
  });
});

// Written for this test: a company's profit, given as a sum right after its noun and as a change after 下降.
const EARNINGS = `岚峰智造前三季度净利润下滑
<p>岚峰智造10月28日晚间披露三季度报告。</p>
<p>今年前三季度，公司实现营业收入86.4亿元，同比增长6.2%；归母净利润5.12亿元，同比下降4.3%。</p>`;

describe('a change asked in English', () => {
  const engine = engineFromArticles([parseArticle(EARNINGS, 'earnings')]);

  it('is the figure after the word of change, not the sum written after the noun', () => {
    const reply = engine.ask('How much did net profit fall?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('同比下降4.3%');
  });

  it('still gives the sum when the sum is asked', () => {
    const reply = engine.ask('How much net profit did the company make?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('5.12亿元');
  });
});

// Written for this test: trains whose top speed (每小时90公里) stands beside a count of trains.
const TRAINS = `沐溪地铁2号线列车亮相
<p>2号线列车采用6节编组，最高运行速度每小时90公里，首批到位列车26列。</p>
<p>全线共设车站17座。</p>`;

describe('a speed asked in English', () => {
  const engine = engineFromArticles([parseArticle(TRAINS, 'trains')]);

  it('is a distance of an hour, not the count beside it', () => {
    const reply = engine.ask('What is the top speed of the trains?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('90公里');
  });
});

// Written for this test: helicopters counted in 架, and a later sentence that uses helicopters for at
// least seven days, which the question's "used" reaches.
const FIRE = `棠溪山林火扑灭
<p>救援方面，省应急救援总队从14日清晨6时起先后调派3架K-32直升机吊桶灭火，每桶装水约3吨，两日共飞行64架次，累计洒水逾300吨。</p>
<p>扑灭后，林业部门将继续使用直升机和无人机巡守至少7天。</p>`;

describe('a count of things asked in their own measure', () => {
  const engine = engineFromArticles([parseArticle(FIRE, 'fire')]);

  it('is given in that measure (3架), not refused for a clause of days the sentence choice liked better', () => {
    const reply = engine.ask('How many helicopters were used?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('3架');
  });
});
