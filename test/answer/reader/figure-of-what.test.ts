import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { gather, inAskedUnit } from '../../../src/answer/reader/read.js';

// Articles written for these tests: a figure question is answered by a figure of the thing it
// asks, in the form it asks, or refused when the article gives no figure of that thing.
const article = (...paragraphs: string[]) => parseArticle(`某地新闻\n<p>记者 周行</p>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`, 'figure-of-what');

const museum = engineFromArticles([
  article(
    '某县博物馆今天开幕的特展共展出文物236件，其中一件彩陶壶距今约5200年，是全场最古老的展品。',
    '特展门票全票80元，学生票40元。',
    '馆方表示，展期将持续到年底。',
  ),
]);

const company = engineFromArticles([
  article(
    '某公司今天发布半年报，上半年营业收入为20.5亿元，净利润为2.1亿元，同比增长18.4%。',
    '公司毛利率为31.2%；经营活动产生的现金流量净额为3.6亿元。',
    '公司位于某市的新工厂预计于明年投产，达产后将新增年产能约500台。',
  ),
]);

describe('a figure asked in a unit of its own', () => {
  it('is not answered by a bare figure the sentence counts in another unit (236 of 236件 for 多少年)', () => {
    const story = prepareArticle(article('某县博物馆今天举行特展，展出236件文物，其中一件彩陶壶距今约5200年。'));
    const question = analyseQuestion('展品中年代最早的那件距今多少年？');
    expect(question.units).toEqual(['年']);
    const { proposals } = gather(story, question);
    const count = proposals.find((p) => p.candidate.text === '236');
    const age = proposals.find((p) => p.candidate.text === '5200年');
    expect(count && age).toBeTruthy();
    // As the ranker weighed the real case this stands for: the bare count twenty times likelier.
    const spans = [
      { proposal: count!, probability: 0.6, score: 2 },
      { proposal: age!, probability: 0.03, score: -1 },
    ];
    expect(inAskedUnit(spans[0], spans, question)?.proposal.candidate.text).toBe('5200年');
  });

  it('reads 百分之多少 as asking a percentage, not the sum beside it', () => {
    expect(analyseQuestion('利润比上年多了百分之多少？').units).toContain('%');
    const reply = company.ask('净利润涨了百分之多少？');
    expect(reply.direct).toBe('18.4%');
  });
});

describe('a figure of a thing the article never gives a figure of', () => {
  it('refuses a sum of what the article never names (多少经费, 多少补贴)', () => {
    const funds = museum.ask('办这个特展用了多少经费？');
    expect(funds.abstained).toBe(true);
    expect(funds.headline).toContain('经费');
    expect(company.ask('员工每月发多少补贴？').abstained).toBe(true);
  });

  it('refuses an amount whose figure-word the article writes only of something else (净额 is no 投资额)', () => {
    const reply = company.ask('新工厂的总投资额是多少？');
    expect(reply.abstained).toBe(true);
  });

  it('still answers a count whose noun names the unit the article counts in (多少件文物 → 236件)', () => {
    expect(museum.ask('特展展出了多少件文物？').direct).toContain('236件');
    // 学生 is written; 票价 is asked through 票, which the article counts in 元.
    expect(museum.ask('学生票多少钱？').direct).toContain('40元');
    // 孩子 is the 子女 a biography writes.
    const family = engineFromArticles([article('某甲生于某县，现任某公司董事长。他已婚，育有3名子女。')]);
    const children = family.ask('某甲有几个孩子？');
    expect(children.abstained).toBe(false);
    expect(children.direct).toContain('3名');
  });
});

describe('a count in a measure word jieba reads as another word', () => {
  // Written for this test: 只 after a figure counts animals; alone, jieba reads it "only".
  const survey = engineFromArticles([
    article('某湿地公布越冬水鸟监测结果，丹顶鹤共观测到2360只，为当地有监测以来第一次突破千只。', '本次监测共观测到水鸟8.4万只，比上年增长12%。'),
  ]);

  it('keeps the measure with its figure (2360只), so the figure counted is the answer', () => {
    // Without it, the only count in 只 was the milestone 千只.
    expect(survey.ask('监测一共看到了几只丹顶鹤？').direct).toContain('2360只');
    expect(survey.ask('这次监测在湿地里总共数到多少只水鸟？').direct).toContain('8.4万只');
  });
});

describe('a count of a thing past its measure word', () => {
  it('refuses 多少只X where the article never writes X, and still answers 几个人 + a verb', () => {
    expect(museum.ask('这次一共展出了多少件青铜器？').abstained).toBe(true);
    const club = engineFromArticles([article('象棋是一种二人对弈的棋类游戏，在某地十分流行。')]);
    const players = club.ask('象棋是由几个人游玩的游戏？');
    expect(players.abstained).toBe(false);
    // …with the people counted (二人), not the count of kinds beside it (一种).
    expect(players.direct).toContain('二人');
  });
});
