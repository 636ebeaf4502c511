import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a deputy mayor's visits and a results report, asked in Chinese with
// English words in it, as a bilingual reader types.
const VISIT = `岚峰市副市长葛书远走访社区商户
<p>12日上午，岚峰市副市长葛书远先后走访了城东社区的连锁超市、农贸市场和社区诊所，并主持召开两场座谈会，听取商户意见。</p>
<p>座谈会上，快递员易青禾讲述了自己的经历。易青禾此前曾在一家物流公司担任司机，去年加入沐溪快递站点。</p>`;

const RESULTS = `卓明川电器发布年报
<p>卓明川电器3月30日晚发布年报，公司全年实现营业收入86.4亿元，同比增长7.1%。</p>
<p>年报显示，公司毛利率为24.8%，较上年提升1.2个百分点；研发投入占营业收入的比重约为5%。</p>`;

describe('a Chinese question with English words in it', () => {
  const visit = engineFromArticles([parseArticle(VISIT, 'visit')]);
  const results = engineFromArticles([parseArticle(RESULTS, 'results')]);

  it('reads the English noun as the article writes it: which company, when the article names none', () => {
    const reply = visit.ask('易青禾之前在哪家 company 上班？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('文章没有说是哪一家公司');
  });

  it('reads what is counted after the measure, however long the English word', () => {
    expect(visit.ask('葛书远走访了几家 supermarkets？').abstained).toBe(true);
    const meetings = visit.ask('葛书远主持召开了几场 meetings？');
    expect(meetings.abstained).toBe(false);
    expect(meetings.direct).toContain('两场');
  });

  it('gives the figure of the quantity named in English', () => {
    const reply = results.ask('卓明川电器的 gross margin 是多少？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('24.8%');
  });
});

// Written for this test: a registration with a subsidy and no fee, and a share of a plan.
const REGISTRATION = `岚峰市启动旧楼改造登记
<p>岚峰市房屋局今天宣布，业主可于下月1日起申请旧楼改造登记，为期三个月。</p>
<p>为协助业主改造，政府将推出改造资助计划，每个单位最多可获3万元资助，预计涉及开支约8亿元。</p>
<p>今年招生计划中，省内计划占总计划的62%。</p>`;

describe('an English word of a Chinese question that the article has no word for', () => {
  const engine = engineFromArticles([parseArticle(REGISTRATION, 'registration')]);

  it('counts as a word the article lacks, as in an English question (no fee is given)', () => {
    expect(engine.ask('业主申请登记要交多少 fee？').abstained).toBe(true);
  });

  it('leaves a question whose English words the article writes answered', () => {
    expect(engine.ask('每个单位最多能拿多少 subsidy？').direct).toBe('3万元');
    expect(engine.ask('省内 quota 占总计划多少%').direct).toBe('62%');
  });
});

// Written for this test: a forum whose length is never given, and a walk whose length is.
const FORUM = `澄溪区召开民营企业座谈会
<p>9日上午，澄溪区区长柘明远主持召开民营企业座谈会，12家企业负责人参加。</p>
<p>会后，柘明远沿滨河绿道步行考察，全程用时40分钟。</p>`;

describe('an English unit after a Chinese counting word', () => {
  const engine = engineFromArticles([parseArticle(FORUM, 'forum')]);

  it('asks a length of time in that unit, so a count of something else does not answer it', () => {
    const reply = engine.ask('那个座谈会一共开了几个 hours？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('12家');
  });

  it('is read as the unit, not as another sense of the word (minutes of a meeting)', () => {
    const reply = engine.ask('柘明远步行考察用了多少 minutes？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('40分钟');
  });
});
