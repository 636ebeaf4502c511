import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { figureInUnits } from '../../../src/answer/reader/asked-form.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { gather, inAskedUnit } from '../../../src/answer/reader/read.js';

// Written for this test: each sentence holds a date and, before it, a count of days; the count is asked.
const article = (sentence: string) => parseArticle(`工程进展\n<p>记者 周行</p>\n<p>${sentence}</p>\n<p>当地有关部门表示，将继续做好后续工作。</p>`, 'unit');

describe('a count asked in a unit', () => {
  it('takes the measure word after 多少 or 几 as the unit asked', () => {
    expect(analyseQuestion('队员们在观测站坚守了多少天？').units).toEqual(['天']);
    expect(analyseQuestion('一共发射了几颗卫星？').units).toEqual(['颗']);
    expect(analyseQuestion('观测站在哪里？').units).toEqual([]);
  });

  it('counts people asked as 人 in any measure word news counts them in, 名, 位 and 人次 too', () => {
    expect(analyseQuestion('警方一共抓了多少人？').units).toEqual(['人', '名', '位', '员', '人次']);
    // A question naming its own measure keeps it.
    expect(analyseQuestion('慰问了多少名医生？').units).toEqual(['名']);
    const engine = engineFromArticles([
      parseArticle('某市警方捣毁一诈骗团伙\n<p>10月8日，某市警方组织200余名民警在三个区同时行动，抓获涉案人员36名，扣押汽车9辆。</p>', 'people-measures'),
    ]);
    expect(engine.ask('警方一共抓了多少人？').direct).toContain('36名');
  });

  it('is answered with the figure written in that unit, not a likelier span around another', () => {
    // Without the unit the ranker prefers 三天的9月28日 and 4月9日 here.
    const bridge = engineFromArticles([article('2021年国庆节前三天的9月28日，停工412天的大桥工地恢复施工。')]);
    expect(bridge.ask('大桥工地停工了多少天？').direct).toBe('412天');
    const street = engineFromArticles([article('今年清明节后五天的4月9日，封闭施工96天的老街重新开放。')]);
    expect(street.ask('老街封闭施工了多少天？').direct).toBe('96天');
  });
});

describe('a count asked in a measure word that classifies (几类, 几层)', () => {
  it('takes the measure word as the unit and answers with the count written in it', () => {
    expect(analyseQuestion('这些导弹分为几类？').units).toEqual(['类']);
    // Written for this test: the likelier figure (100枚) counts the missiles, not their kinds.
    const missiles = engineFromArticles([article('系统建成时一共部署100枚导弹，这些导弹又分成两类：36枚射程较远，64枚射程较近。')]);
    expect(missiles.ask('系统部署的导弹分为几类？').direct).toBe('两类');
  });
});

describe('a length asked with 多长', () => {
  it('is answered with the length of what the question names, not another length in its sentence', () => {
    // Written for this test: a street's length and its width, both in 米.
    const street = engineFromArticles([article('老街是城东的一条东西向街道，全长1122米，宽约5米。')]);
    expect(street.ask('老街有多长？').direct).toContain('1122米');
  });

  it('may ask a length of time, even beside a length', () => {
    const term = engineFromArticles([article('新一届理事会于今年3月在距市中心3公里的会馆成立，任期为4年，理事长由会员选举产生。')]);
    expect(term.ask('理事会的任期有多长？').direct).toContain('4年');
  });
});

describe('a share asked', () => {
  it('is asked in percent', () => {
    expect(analyseQuestion('新能源汽车的销量占比是多少？').units).toEqual(['%']);
  });

  it('is asked in percent or as a multiple when it is a change (增长近1.6倍)', () => {
    expect(analyseQuestion('一季度营业收入的增幅是多少？').units).toEqual(['%', '倍']);
    expect(analyseQuestion('出货量同比增长了多少？').units).toEqual(['%', '倍']);
  });
});

// Written for this test: a report of a fine, once with its sum and once without.
const fined = (sentence: string) =>
  parseArticle(`航空公司受处罚\n<p>记者 周行</p>\n<p>民航管理部门上周公布调查结果，认定该航空公司两名机长违规。</p>\n<p>${sentence}</p>\n<p>该公司表示接受处理，将加强飞行员培训。</p>`, 'fine');

describe('a figure asked in a form the article never writes', () => {
  it('asks a sum of money for 多少钱 and for a cost or a fine in English, an age for 多大 unless a size is asked', () => {
    expect(analyseQuestion('航空公司被罚了多少钱？').units).toContain('元');
    expect(analyseQuestion('How much did it cost to build?').units).toContain('元');
    expect(analyseQuestion('机长今年多大？').units).toEqual(['岁', '个月', '个多月']);
    expect(analyseQuestion('这座水库有多大？').units).toEqual([]);
    expect(analyseQuestion('保护区的面积有多大？').units).toContain('平方公里');
    expect(analyseQuestion('What is the area of the reserve?').units).toContain('平方公里');
  });

  it('counts patients asked in any people\'s measure as the 例 medical news counts them in, and only patients', () => {
    expect(analyseQuestion('试验一共招募了多少名病人？').units).toEqual(['名', '例']);
    expect(analyseQuestion('这次有几人死亡？').units).not.toContain('例');
    // Written for this test: a trial's patients counted in 例, its doctors in 名.
    const trial = engineFromArticles([
      parseArticle('新药试验结果公布\n<p>该项试验在全国28家医院开展，共入组患者236例，参与研究的医生有54名。</p><p>研究显示，新药组的疾病控制时间明显延长。</p>', 'patients-in-cases'),
    ]);
    const answer = trial.ask('How many patients took part in the trial?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('236例');
  });

  it('asks a sum of money for what someone earns (一年能挣多少, 赚了多少, how much does she earn)', () => {
    expect(analyseQuestion('她现在一年能挣多少？').units).toContain('元');
    expect(analyseQuestion('合作社去年赚了多少？').units).toContain('元');
    expect(analyseQuestion('How much does she earn a year?').units).toContain('元');
    // Written for this test: a grower's age and her income in one paragraph; the income is asked.
    const grower = engineFromArticles([
      parseArticle('茶农增收\n<p>58岁的茶农林阿香是村里最早加入合作社的农户之一。</p><p>林阿香说，她在合作社的茶叶加工车间做包装工，加上土地租金，一年下来能拿到3万多元。</p>', 'earned'),
    ]);
    expect(grower.ask('林阿香现在一年能挣多少？').direct).toBe('3万多元');
  });

  it('asks an area in a unit of area: a count of anything else (一批) gives none', () => {
    // Written for this test: a reserve's founding, with and without its area.
    const reserve = (sentence: string) => engineFromArticles([article(`保护区于2015年设立，${sentence}区内共有一批珍稀植物和12种保护动物。`)]);
    const without = reserve('');
    expect(without.ask('保护区的面积有多大？').abstained).toBe(true);
    expect(without.ask('保护区的面积有多大？').headline).toContain('文章没有给出这个数字');
    expect(without.ask('保护区占地多少？').abstained).toBe(true);
    // A unit in Latin letters may stand a space after its figure.
    expect(reserve('总面积约1.6 km²，').ask('保护区的面积有多大？').direct).toBe('约1.6 km²');
    expect(reserve('总面积约300公顷，').ask('保护区的面积是多少？').direct).toContain('300公顷');
  });

  it('is refused, saying the article gives no such figure, when no sentence read writes it', () => {
    const without = engineFromArticles([fined('管理部门对该航空公司作出罚款处理，并对两名机长停飞三个月。')]);
    const zh = without.ask('航空公司被罚了多少钱？');
    expect(zh.abstained).toBe(true);
    expect(zh.headline).toContain("文章没有给出这个数字");
    const en = without.ask('How much was the airline fined?');
    expect(en.abstained).toBe(true);
    expect(en.headline).toContain("does not give that figure");
  });

  it('is answered with the sum when the article writes it', () => {
    const withSum = engineFromArticles([fined('管理部门对该航空公司罚款50万元，并对两名机长停飞三个月。')]);
    const zh = withSum.ask('航空公司被罚了多少钱？');
    expect(zh.abstained).toBe(false);
    expect(zh.direct).toContain('50万元');
  });

  it('is refused for an ordinal counted in a measure the article never uses (第几次 against 第五十六颗)', () => {
    const launch = engineFromArticles([
      parseArticle('卫星发射成功\n<p>记者 周行</p>\n<p>5月17日，我国用运载火箭将第五十六颗导航卫星发射升空。</p>\n<p>卫星顺利进入预定轨道，发射任务取得圆满成功。</p>', 'launch'),
    ]);
    expect(launch.ask('这是运载火箭第几次发射？').abstained).toBe(true);
    expect(launch.ask('这是第几颗导航卫星？').direct).toContain('第五十六颗');
  });
});

describe('a figure of a quantity the article never names', () => {
  // Written for this test: a satellite's launch, with and without its design life.
  const satellite = (sentence: string) =>
    engineFromArticles([parseArticle(`卫星发射成功\n<p>记者 周行</p>\n<p>5月17日，我国成功发射一颗通信卫星。</p>\n<p>${sentence}</p>\n<p>近三年来，该系列卫星持续稳定运行。</p>`, 'life')]);

  it('is refused, naming the quantity, when the article never writes it', () => {
    const answer = satellite('卫星将提升通信容量，支撑系统稳定运行。').ask('这颗卫星的设计寿命是多少年？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('寿命');
  });

  it('is answered when the article gives it', () => {
    const answer = satellite('这颗卫星的设计寿命为15年，将提升通信容量。').ask('这颗卫星的设计寿命是多少年？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('15年');
  });

  it('is answered when the article gives it in other words: 全长 or 长 alone for 总长', () => {
    // Written for this test: a river's length, worded three ways.
    const river = (sentence: string) => engineFromArticles([article(`这条河发源于县城南部，${sentence}，沿途流经三个乡镇。`)]);
    for (const sentence of ['全长101公里', '长101公里', '河道长约101公里']) {
      const answer = river(sentence).ask('这条河总长为多少公里？');
      expect(answer.abstained, sentence).toBe(false);
      expect(answer.direct, sentence).toContain('101公里');
    }
    expect(river('河道宽约20米').ask('这条河总长为多少公里？').abstained).toBe(true);
  });

  it('takes no word jieba tags as a name for the quantity (多达 of 多达几个)', () => {
    const cup = engineFromArticles([article('第二届比赛于1964年举办，参加预赛的国家增至29个，4支球队进入决赛阶段。')]);
    expect(cup.ask('参加第二届比赛的国家多达几个？').direct).toContain('29个');
  });
});

// Written for this test: a report that gives one sum (the settlement) and mentions compensation
// without a sum, paragraphs apart.
const acquitted = (compensation: string) =>
  parseArticle(
    `男子被判无罪\n<p>记者 周行</p>\n<p>2018年，对方同意给付200万元，并分三次转账50万元。</p>\n<p>此后双方多次协商，案件一直没有进展。</p>\n<p>法院上周宣判，当事人无罪。</p>\n<p>${compensation}</p>`,
    'acquitted',
  );

describe('a figure of something the article mentions only without a figure', () => {
  it('is refused, not answered with a sum the article gives for something else', () => {
    const answer = engineFromArticles([acquitted('对于国家赔偿，他表示还需要考虑后决定。')]).ask('他打算申请多少钱的国家赔偿？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('文章没有给出这个数字');
  });

  it('is answered when the article gives the figure beside it', () => {
    const answer = engineFromArticles([acquitted('他表示将申请120万元的国家赔偿。')]).ask('他打算申请多少钱的国家赔偿？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('120万元');
  });
});

describe('people counted in another measure word', () => {
  it('answers 多少位 with a count written in 名', () => {
    const airline = engineFromArticles([
      parseArticle('航空公司年报\n<p>记者 周行</p>\n<p>该航空公司去年共搭载旅客1200万名，同比增长一成。</p>\n<p>公司表示，将继续开通新航线。</p>', 'riders'),
    ]);
    const answer = airline.ask('该航空公司去年搭载了多少位旅客？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('1200万名');
  });
});

describe('two figures in the asked unit in one sentence', () => {
  it('gives the one qualifying what the question names (45岁的领队), not the likelier other', () => {
    // The ranker alone prefers 31岁 here.
    const rescue = engineFromArticles([article('据救援队介绍，45岁的领队和31岁的队员均已送往医院，目前情况稳定。')]);
    expect(rescue.ask('领队多大年纪？').direct).toBe('45岁');
    expect(rescue.ask('队员多大年纪？').direct).toBe('31岁');
  });
});

describe('a share asked, written in points', () => {
  it('takes a figure in 个百分点 as written in the share asked, and the one the asking words stand by', () => {
    // Written for this test: a rate and its fall in one sentence; 下降多少 asks the fall, written in points.
    const report = engineFromArticles([article('公司去年营收120亿元，净利润率为3.5%，较前年下降了2个百分点。')]);
    expect(report.ask('净利润率较前年下降多少？').direct).toBe('下降了2个百分点');
    expect(report.ask('净利润率是多少？').direct).toBe('3.5%');
  });

  it('is one rule for every reader of a figure in a unit: a share in any of its forms, people in any measure', () => {
    expect(figureInUnits(['%'], true).test('2个百分点')).toBe(true);
    expect(figureInUnits(['%'], true).test('3.5%')).toBe(true);
    expect(figureInUnits(['%'], true).test('2个百分点的')).toBe(false);
    expect(figureInUnits(['%']).test('约占五分之一')).toBe(true);
    expect(figureInUnits(['名']).test('搭载旅客1200万位')).toBe(true);
    expect(figureInUnits(['天'], true).test('412天的')).toBe(false);
  });
});

// Written for this test: a flight report that names the flight and gives durations and a count, but no flight number.
const flight = parseArticle(
  `航班偏航\n<p>记者 周行</p>\n<p>1月25日，一架从南河飞往北岭的航班上，两名飞行员同时睡着了约28分钟。</p>\n<p>该航班共载有153名乘客，最终安全降落。</p>`,
  'flight',
);

describe('a figure asked of a thing the article names only in part', () => {
  const engine = engineFromArticles([flight]);

  it('is refused when the article writes the thing but not what is asked of it (航班号: 航班, no 号)', () => {
    const answer = engine.ask('航班号是多少？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('航班号');
  });

  it('is answered when what is asked is only the figure of the thing written (乘客数: the 乘客 counted)', () => {
    const answer = engine.ask('乘客数是多少？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('153名');
  });
});

describe('an age asked, when the ranker prefers a date', () => {
  // Written for this test: the man is named beside the day he went into the water (a date with a
  // lunar day, 腊月十六, that reads like a figure), and his age is told by his son, without his name.
  const story = prepareArticle(
    parseArticle(
      `渔民下海救人遇难\n<p>记者 周行</p>\n<p>2月3日（腊月十六），男子刘建军在码头下海救一名落水少年，两人都没能上岸。</p>\n<p>儿子刘小川告诉记者，父亲今年48岁，平时经常帮助邻居。</p>`,
      'age',
    ),
  );

  it('is answered with the figure in 岁, however unlikely the ranker finds it, not with the date', () => {
    const question = analyseQuestion('刘建军多大年纪？');
    expect(question.units).toEqual(['岁', '个月', '个多月']);
    const { proposals } = gather(story, question);
    const date = proposals.find((p) => p.candidate.text === '2月3日（腊月十六');
    const age = proposals.find((p) => p.candidate.text === '48岁');
    expect(date && age).toBeTruthy();
    // As the refitted ranker weighed the real case this stands for: the date ten times likelier than the age.
    const spans = [
      { proposal: date!, probability: 0.1, score: 2 },
      { proposal: age!, probability: 0.01, score: -0.3 },
    ];
    expect(inAskedUnit(spans[0], spans, question)?.proposal.candidate.text).toBe('48岁');
  });
});

describe('a sum asked, when the ranker prefers a clause ending in a figure of another unit', () => {
  // Written for this test: the sentence naming the dam ends with an area in 亩; the cost stands in a
  // later sentence that names no word of the question.
  const story = prepareArticle(
    parseArticle(
      `山区水库蓄水\n<p>记者 周行</p>\n<p>这是全县修建的第2座中型水库，有效灌溉面积由此扩大到46万亩。</p>\n<p>据了解，工程总投资约9.6亿元，历时3年多完工。库区还放养了3种鱼苗。</p>`,
      'clause-unit',
    ),
  );

  it('is answered with the likeliest sum in 元, not the clause', () => {
    const question = analyseQuestion('修这座水库一共投了多少钱？');
    expect(question.units).toContain('元');
    const { proposals } = gather(story, question);
    const clause = proposals.find((p) => p.candidate.text.endsWith('有效灌溉面积由此扩大到46万亩') && p.candidate.kinds.includes('has_number'));
    const sum = proposals.find((p) => p.candidate.text === '9.6亿元');
    expect(clause && sum).toBeTruthy();
    const spans = [
      { proposal: clause!, probability: 0.27, score: 2 },
      { proposal: sum!, probability: 0.01, score: -1 },
    ];
    expect(inAskedUnit(spans[0], spans, question)?.proposal.candidate.text).toBe('9.6亿元');
  });

  it('keeps a clause when the question counts things of a kind (哪几种), which may ask which kinds', () => {
    const question = analyseQuestion('水库建成后带来了哪几种好处？');
    const { proposals } = gather(story, question);
    const clause = proposals.find((p) => p.candidate.text.endsWith('有效灌溉面积由此扩大到46万亩') && p.candidate.kinds.includes('has_number'));
    const other = proposals.find((p) => p.candidate.text === '3种');
    expect(clause && other).toBeTruthy();
    const spans = [
      { proposal: clause!, probability: 0.27, score: 2 },
      { proposal: other!, probability: 0.01, score: -1 },
    ];
    expect(inAskedUnit(spans[0], spans, question)?.proposal.candidate.text).toBe(clause!.candidate.text);
  });
});
