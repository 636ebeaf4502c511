import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a Hong Kong court report in traditional script, asked in Cantonese and
// in Taiwan's spelling; a city's metro line, numbered in phases; a typhoon's landfall.
const COURT = `前倉務主任盜竊貨品 囚2年6個月
<p>一名45歲前倉務主任，於兩年間偷取公司貨品轉售，涉款合共約128萬港元，早前在區域法院承認兩項盜竊罪。</p>
<p>法官陳志遠昨日判刑時以45個月為量刑起點，指出被告濫用僱主信任，最終判處監禁2年6個月。</p>
<p>辯方求情時指，被告至今已向公司償還約15萬港元。</p>`;

const METRO = `某市地铁2号线一期开通
<p>本报讯 5月20日上午9时，某市地铁2号线一期开通运营。</p>
<p>2号线一期全长18.5公里，设车站15座，总投资约120亿元。</p>
<p>以南站至新区为例，过去乘坐公交车需要约70分钟，如今乘坐地铁最快只需35分钟。</p>
<p>据悉，2号线二期工程正在开展前期研究，规划线路长约9公里。</p>
<p>票价方面，起步价2元可乘6公里，全程最高票价6元。70周岁以上老年人、现役军人可凭证件免费乘车。</p>`;

const TYPHOON = `台风“海燕”登陆某省
<p>今年第5号台风“海燕”于8日凌晨在某省沿海登陆，登陆时中心附近最大风力12级（33米/秒）。</p>
<p>受其影响，某省东部累计雨量最大达到286毫米，全省转移群众5.2万人。</p>`;

const engine = engineFromArticles([parseArticle(COURT, 'court'), parseArticle(METRO, 'metro'), parseArticle(TYPHOON, 'typhoon')]);
const ask = (question: string, article: string) => engine.ask(question, { articleId: article });

describe('questions in Cantonese and in Taiwan spelling', () => {
  it('reads 幾多 as how many and 咗 as done, and finds 總共 where the article writes 合共', () => {
    expect(ask('被告總共偷咗幾多錢？', 'court').direct).toBe('約128萬港元');
  });

  it('reads 幾耐 as how long and 坐監 as prison, and gives a length written in two units whole', () => {
    expect(ask('法官判被告坐監幾耐？', 'court').direct).toBe('2年6個月');
  });

  it('reads 以X為Y as Y being X: the starting point is the figure before 為', () => {
    expect(ask('法官的量刑起點是多少個月？', 'court').direct).toBe('45個月');
  });

  it('takes a sum in a currency named before 元 as a sum of money', () => {
    expect(ask('被告還咗幾多錢？', 'court').direct).toBe('約15萬港元');
  });

  it('reads 甚麼 as 什麼', () => {
    // The judge by name, with the post the article gives him (法官陳志遠昨日判刑時…) when it is read as his.
    expect(ask('判刑的法官叫甚麼名字？', 'court').direct).toMatch(/^陳志遠(?:（法官）)?$/);
  });
});

describe('a metro line numbered in phases', () => {
  it('answers the phase asked, not another phase of the same line', () => {
    expect(ask('2号线一期线路有多长？', 'metro').direct).toBe('18.5公里');
  });

  it('refuses a date of a phase the article gives none for, rather than another phase\'s', () => {
    expect(ask('2号线二期哪一年开工？', 'metro').abstained).toBe(true);
  });

  it('reads 几个小时 as asking hours, and refuses where no length of time is given', () => {
    expect(ask('开通仪式用了几个小时？', 'metro').abstained).toBe(true);
  });

  it('gives the figure the question\'s superlative qualifies, not the usual one beside it', () => {
    expect(ask('从南站坐地铁去新区最快要多长时间？', 'metro').direct).toBe('35分钟');
  });

  it('reads 几块钱 as a sum of money', () => {
    expect(ask('起步价是几块钱？', 'metro').direct).toBe('2元');
  });

  it('answers whom a rule covers from the article, not with the people it names', () => {
    const reply = ask('哪些人可以免费乘坐2号线？', 'metro');
    expect(reply.intent).not.toBe('attendees');
    expect(reply.direct).toContain('70周岁以上老年人');
  });
});

describe('the strength of a storm', () => {
  it('answers how strong the wind was in its own units, not in years', () => {
    const reply = ask('“海燕”登陆时风有多大？', 'typhoon');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12级');
  });
});

// Written for this test: a match report with a coach's view.
const MATCH = `某某队客场负于某城队
<p>6月15日晚，某某队客场以1比3负于某城队。</p>
<p>第20分钟，某某队率先破门，以1比0领先。第71分钟，某城队队长补射得手，将比分反超为2比1。</p>
<p>某某队主教练、西班牙人卡洛斯则认为，球队输在体能上。“我们最后30分钟跑不动了。”他说。</p>`;

describe('a match report', () => {
  const match = engineFromArticles([parseArticle(MATCH, 'match')]);
  it('answers the score with two figures either side of 比, not with a minute', () => {
    expect(match.ask('这场比赛的比分是多少？').direct).toMatch(/^\d比\d$/u);
  });

  it('answers what the coach thinks with what follows 认为, not with the coach', () => {
    const reply = match.ask('某某队主教练觉得球队输球的原因是什么？').direct;
    expect(reply).toContain('体能');
    expect(reply).not.toContain('认为');
  });
});

// Written for this test: a research report with a byline and the paper's first author.
const PAPER = `某大学团队发现水稻耐盐基因
<p>本报讯（记者 王小明 通讯员 李红）记者3月18日从某大学获悉，该校重点实验室周明远教授团队发现一个耐盐基因，相关论文发表于国际学术期刊。</p>
<p>团队在水稻中发现了一个调控耐盐性的关键基因，并将其命名为OsXYZ9。</p>
<p>论文第一作者、博士后陈思雨介绍，这个基因就像一个“开关”。</p>`;

describe('the author of another work than the report', () => {
  const paper = engineFromArticles([parseArticle(PAPER, 'paper')]);
  it('answers the paper\'s first author from the text, not with the report\'s byline', () => {
    const reply = paper.ask('这篇论文的第一作者是谁？').direct;
    expect(reply).toContain('陈思雨');
    expect(reply).not.toContain('王小明');
  });

  it('answers what a thing is called with the name after 命名为, though no Chinese name stands beside it', () => {
    const reply = paper.ask('新发现的这个基因叫什么名字？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('OsXYZ9');
  });

  it('gives a name jieba cuts after its surname whole (周 + 明远)', () => {
    expect(paper.ask('这项研究是哪所大学、哪位教授的团队做出来的？').direct).toContain('周明远');
  });

  it('still answers who wrote this report with its byline', () => {
    expect(paper.ask('这篇报道的记者是谁？').direct).toContain('王小明');
  });
});

// Written for these tests: a road accident reported with 死亡, asked with 遇难.
const CRASH = `某高速多车相撞 3人死亡
<p>本报讯 12月2日6时40分许，某高速公路某段因突发团雾发生多车相撞事故，造成3人死亡、11人受伤。</p>
<p>事故发生后，交警部门对该路段实施临时交通管制。</p>`;

describe('the same death in other words', () => {
  it('answers 遇难 where the report writes 死亡', () => {
    const crash = engineFromArticles([parseArticle(CRASH, 'crash')]);
    expect(crash.ask('这次事故有几个人遇难？').direct).toBe('3人');
  });
});

// Written for these tests: a Hong Kong report of a mountain village cut off by a flash flood.
const FLOOD = `山洪沖毀村路 消防涉水救出12名村民
<p>【本報訊】受連場暴雨影響，某縣石坳村前晚（7日）爆發山洪，村內多處房屋被沖毀。</p>
<p>氣象部門指出，前晚雨勢最大的一小時錄得雨量96毫米，打破當地紀錄。</p>
<p>由於道路中斷、山體多處塌方，救援車輛未能駛入村內，首批消防員須徒步涉水入村。</p>
<p>消防員最終救出12名被困村民，其中3名長者送往縣人民醫院治理。</p>`;

describe('Cantonese asking about a report in standard Chinese', () => {
  const engine = engineFromArticles([parseArticle(FLOOD, 'cantonese-flood')]);

  it('reads 係 as 是 and a measure alone before its noun (條村) as "the"', () => {
    const answer = engine.ask('條村係幾號晚爆山洪㗎？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('7日');
  });

  it('reads 嗰 as 那, 一個鐘 as an hour and 落雨 as rain falling', () => {
    const answer = engine.ask('前晚最大嗰一個鐘落咗幾多雨？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('96毫米');
  });

  it('answers 點解 with the reason, not refusing for the 條 it glued to 村', () => {
    const answer = engine.ask('點解救援車入唔到條村？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('道路中斷、山體多處塌方');
  });

  it('keeps 關係 a relation and 三條 a count', async () => {
    const { normalizeQuestion } = await import('../../src/language/normalize.js');
    expect(normalizeQuestion('兩國關係點樣？')).toBe('两国关系怎样？');
    expect(normalizeQuestion('村裏有三條路')).toBe('村里有三条路');
  });
});

// Written for this test: a Hong Kong customs report that writes an arrest as 拘捕, asked in
// Cantonese's 被拉.
const SEIZURE = `海關破獲走私案 檢獲大批鱗片
<p>海關昨日在葵涌貨櫃碼頭檢獲一批走私穿山甲鱗片，重約3,100公斤，市值約1,800萬元。</p>
<p>海關其後在屯門一個工業大廈單位拘捕一名54歲姓陳男子，他懷疑是涉案貿易公司董事。</p>
<p>海關發言人表示，今年以來已偵破同類案件12宗，涉案人數共35人。</p>
<p>案件仍在調查中，不排除有更多人被捕。</p>`;

describe('Cantonese 被拉 (arrested)', () => {
  const engine = engineFromArticles([parseArticle(SEIZURE, 'arrested')]);

  it('is read as the report’s 拘捕', () => {
    const reply = engine.ask('個男人喺邊度被拉？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('屯門');
  });
});
