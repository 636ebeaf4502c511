import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { extractPeople } from '../../src/answer/facts/people.js';
import { extractStatements } from '../../src/answer/facts/statements.js';
import { converse } from '../../src/conversation/index.js';
import { nameRuns } from '../../src/language/name-runs.js';
import { cutForSearch } from '../../src/language/segmenter.js';

// Written for these tests: people named by kin and calling, a quote before its speaker, a quote
// that runs on into the next paragraph, and a sentence that names a post after a clause.
const RESCUE = `男子下河救人不幸遇难
<p>1月19日中午，在工地打工的张德山看到有孩子落水，立即下水营救，不幸遇难。</p>
<p>1月25日上午，张德山的舅舅宋勇刚告诉记者，家人先在河边发现了他的车子。</p>
<p>张小雨告诉记者，父亲今年55岁，平时很喜欢小孩。</p>
<p>“他是别人口中的英雄，而他只是我的爸爸。”</p>`;

const COURT = `一审宣判无罪
<p>上午10时，法庭对他被指控敲诈勒索河南省原高院副院长季慧芳及其丈夫罗建平一案进行宣判。</p>
<p>2018年5月，罗建平同意给付200万元，实际转账50万元。</p>
<p>“今年是公司生存与发展的关键之年。”时任公司轮值董事长侯振东直言，今年仍极具挑战。</p>
<p>公诉方建议判处10年以上有期徒刑，辩护人则认为被告人无罪。</p>`;

describe('people and what they said, from the language', () => {
  it('takes a name jieba cuts into characters as one word', () => {
    const cut = cutForSearch('张德山的舅舅宋勇刚告诉记者');
    expect(nameRuns(cut)).toContain('宋勇刚');
  });

  it('gives a person named after their kin or calling that role', () => {
    const people = extractPeople(parseArticle(RESCUE, 'rescue'));
    expect(people.find((p) => p.name === '宋勇刚')?.post).toBe('张德山的舅舅');
  });

  it('keeps a post to its noun phrase, not the clause before it, and reads 其 as the person just named', () => {
    const people = extractPeople(parseArticle(COURT, 'court'));
    expect(people.find((p) => p.name === '季慧芳')?.post).toBe('河南省原高院副院长');
    expect(people.find((p) => p.name === '罗建平')?.post).toBe('季慧芳的丈夫');
  });

  it('keeps "Who is X?" about X for the next "he", though the answer names someone else', () => {
    const engine = engineFromArticles([parseArticle(COURT, 'court')]);
    const first = converse(engine, undefined, 'Who is Luo Jianping?');
    expect(first.answer.direct).toBe('季慧芳的丈夫');
    const next = converse(engine, first.exchange, 'How much did he agree to pay?');
    expect(next.understood).toContain('罗建平');
    expect(next.answer.direct).toBe('200万元');
  });

  it('finds the person an English question spells, in the article that writes the name', () => {
    const engine = engineFromArticles([parseArticle(COURT, 'court'), parseArticle(RESCUE, 'rescue')]);
    const answer = engine.ask('Who is Song Yonggang?');
    expect(answer.article.id).toBe('rescue');
    expect(answer.direct).toContain('舅舅');
  });

  it('gives a quote to the speaker named after it, and a quote paragraph to the speaker before', () => {
    const court = extractStatements(parseArticle(COURT, 'court'), ['侯振东']);
    expect(court.filter((s) => s.speaker === '侯振东').map((s) => s.text).join('')).toContain('关键之年');
    const rescue = extractStatements(parseArticle(RESCUE, 'rescue'), ['张小雨', '宋勇刚']);
    expect(rescue.filter((s) => s.speaker === '张小雨').map((s) => s.text).join('')).toContain('只是我的爸爸');
  });

  it('finds a foreign name an English question spells in Latin letters, and what that person said', () => {
    const article = `航班上两名飞行员同时睡着
<p>不过，印尼航空观察家格里·苏加特曼表示，这是一个必须解决的系统性风险。</p>
<p>航空公司已对两名飞行员停飞。</p>`;
    const engine = engineFromArticles([parseArticle(article, 'pilots')]);
    const answer = engine.ask('What did aviation observer Gerry Soejatman say?');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.text).toContain('系统性风险');
  });

  it('hears a person with no post speak (…，易某某表示认同), and asked about it in English quotes them', () => {
    const article = `一审宣判无罪
<p>上午10时，法庭宣判被告人无罪。对于判决结果，黎振武表示认同，对于国家赔偿还需要考虑。</p>
<p>公诉方未当庭表态。</p>`;
    const engine = engineFromArticles([parseArticle(article, 'verdict')]);
    expect(extractStatements(parseArticle(article, 'verdict'), []).map((s) => s.speaker)).toContain('黎振武');
    const answer = engine.ask('Li Zhenwu 对这个 verdict 是什么态度？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.text).toContain('表示认同');
  });

  it('hears a name after its post speak (董事长、CFO某某在当时解读称), and keeps a list they went on with', () => {
    const article = `公司一季度净利润下滑
<p>公司一季度净利润同比下滑46%。</p>
<p>公司轮值董事长、CFO邵晓舟在当时解读称，净利润大幅下滑有两项主要原因：第一，终端营收大幅下滑；第二，公司进行了高强度研发投入。</p>`;
    const engine = engineFromArticles([parseArticle(article, 'profit')]);
    const answer = engine.ask('邵晓舟说净利润下滑的两个主要原因是什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages.map((p) => p.text).join('')).toContain('高强度研发投入');
  });

  it('takes no common word for a speaker or a name (文中说, 时区称, 主管时区的), nor an English word for a foreign name', () => {
    const article = `时区调整
<p>文中说，各地时区将统一调整。时区称为标准时间的地区划分。</p>
<p>内政部主管时区的划定，发言人孔德明表示将于下月公布。</p>
<p>美国总统唐纳德·特朗普当天发表讲话。</p>`;
    const parsed = parseArticle(article, 'zones');
    const speakers = extractStatements(parsed, extractPeople(parsed).map((p) => p.name)).map((s) => s.speaker);
    expect(speakers).toContain('孔德明');
    expect(speakers).not.toContain('文中');
    expect(speakers).not.toContain('时区');
    expect(extractPeople(parsed).map((p) => p.name)).not.toContain('时区');
    const engine = engineFromArticles([parsed]);
    expect(engine.ask('What did Donald Trump say?').passages[0]?.text).toContain('特朗普');
    expect(engine.ask('Who is the Party Secretary?').headline).not.toContain('特朗普');
  });

  it('does not count people when the question names a person but counts years', () => {
    const engine = engineFromArticles([parseArticle(COURT, 'court')]);
    const answer = engine.ask('公诉方建议判多少年？');
    expect(answer.direct).toContain('10年');
    expect(engine.ask('辩护人建议判多少年？').headline).not.toMatch(/列出\d+人/u);
  });

  it('does not call a word missing that jieba cut across a name the article writes (对华为 → 对华/为)', () => {
    const engine = engineFromArticles([parseArticle(COURT.replace('公司', '华为'), 'court')]);
    expect(engine.ask('侯振东说今年对华为是怎样的一年？').headline).not.toContain('没有提到');
  });
});
