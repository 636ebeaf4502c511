import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { understandQuestion } from '../../src/answer/understand.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { newsWordsFor } from '../../src/language/english-news-words.js';

/** The article words an English word of a question reached (its concept's alternatives), for a test's engine. */
const reachedIn = (engine: ReturnType<typeof engineFromArticles>) => (question: string, label: string) =>
  understandQuestion(question, engine.knowledge).concepts.find((c) => c.label === label)?.alternatives.map((a) => a.word) ?? [];

// Written for this test: a crash report whose words the dictionary's glosses do not reach from
// English (受伤 is "to sustain injuries", 疏散 "to scatter").
const crash = engineFromArticles([
  parseArticle(
    `某地发生多车相撞事故\n<p>（某社记者周行某地5日电）5日7时许，某高速公路某段因大雾发生多车相撞事故，造成2人死亡、14人受伤。</p>\n<p>事故发生后，附近村庄的120名村民被紧急疏散。</p>\n<p>交警部门表示，事故原因正在进一步调查中。</p>`,
    'english-news-words',
  ),
]);

describe('English news words the dictionary does not reach', () => {
  it('finds the inflected word through its stem (killed, injured, evacuated)', () => {
    expect(newsWordsFor('killed')).toContain('死亡');
    expect(newsWordsFor('Evacuated')).toContain('疏散');
  });

  it('answers with the article’s own words', () => {
    expect(crash.ask('How many people were injured?').direct).toContain('14人');
    expect(crash.ask('How many people were killed?').direct).toContain('2人');
    expect(crash.ask('How many villagers were evacuated?').direct).toContain('120名');
  });

  it('still refuses a yes-or-no question whose word the article never writes', () => {
    // 起诉 is never written: "sued" reaches no word of the article.
    expect(crash.ask('Was the driver sued?').abstained).toBe(true);
  });
});

describe('English words of people', () => {
  // Written for this test.
  const scene = engineFromArticles([
    parseArticle(
      `某地事故后续\n<p>（某社记者周行某地6日电）当地共派出工作人员85名参与现场处置。</p>\n<p>立法会议员张某在会后呼吁政府修改相关条例。</p>`,
      'english-people',
    ),
  ]);

  it('reaches 工作人员 and 议员 from workers and legislator', () => {
    expect(scene.ask('How many workers were sent to the scene?').direct).toContain('85名');
    const legislator = scene.ask('Which legislator urged the government to amend the rules?');
    expect(legislator.abstained).toBe(false);
    expect(legislator.passages.map((p) => p.text).join('')).toContain('张某');
  });
});

describe('English words of races, wards and shelters', () => {
  // Written for this test: a race and a storm's shelters, worded as news writes them.
  const race = engineFromArticles([
    parseArticle(
      `某市半程马拉松举行\n<p>4月6日，某市半程马拉松鸣枪开跑，1.2万名选手参赛。</p>\n<p>女子组比赛中，本地选手吴某某以1小时12分05秒夺冠。</p>\n<p>医疗点共救治选手58人次，无人重伤。</p>\n<p>赛前一天下起暴雨，组委会开放了6个安置点，供外地选手过夜。</p>`,
      'english-race-words',
    ),
  ]);

  it('reads "won" as the article’s 夺冠', () => {
    expect(race.ask("Who won the women's race?").direct).toContain('吴某某');
  });

  it('reads runners treated as 救治跑者, and shelters as 安置点', () => {
    expect(newsWordsFor('treated')).toContain('救治');
    expect(race.ask('How many runners were treated?').direct).toContain('58人次');
    expect(race.ask('How many shelters were opened?').direct).toContain('6个');
  });

  // Written for this test: a mudslide in a village, and a fraud case's money recovered.
  const disaster = engineFromArticles([
    parseArticle(
      `某村发生泥石流\n<p>3日凌晨，某村发生泥石流，掩埋民房5栋，另有2人失联。</p>\n<p>目前，警方已追缴涉案资金约400万元。</p>\n<p>当地政府表示，救援工作仍在进行。</p>`,
      'english-disaster-words',
    ),
  ]);

  it('reads homes as 民房, missing as 失联, recovered as 追缴', () => {
    expect(disaster.ask('How many homes were buried?').direct).toContain('5栋');
    expect(disaster.ask('How many people are still missing?').direct).toContain('2人');
    expect(disaster.ask('How much money has been recovered?').direct).toContain('400万元');
  });

  // Written for this test: a port hiring, with the pay and the count hired in one sentence.
  const port = engineFromArticles([
    parseArticle('码头招工\n<p>青港码头今年招收搬运工120名，搬运工月工资约6000元，另有餐补和住宿。</p><p>码头负责人表示，今年货运量比去年增长了18%。</p>', 'english-pay-words'),
  ]);

  it('reads what someone earns as the 工资 the article gives', () => {
    expect(newsWordsFor('earn')).toContain('工资');
    expect(port.ask('How much does a porter earn each month?').direct).toBe('约6000元');
  });

  // Written for this test: a typhoon's landfall, then its rain and a work team sent.
  const typhoon = engineFromArticles([
    parseArticle(
      '台风登陆\n<p>今年第9号台风“青鸾”于9月3日凌晨4时在东屿县沿海登陆，登陆时中心附近最大风力12级。</p><p>受其影响，全省平均降雨量达到86毫米，工作组已赶赴灾区。</p><p>气象部门表示，风力将逐渐减弱。</p>',
      'english-storm-words',
    ),
  ]);

  it('reads a storm as the 台风 the article reports', () => {
    expect(newsWordsFor('storm')).toContain('台风');
    const answer = typhoon.ask('Where did the storm hit land?');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.paragraph).toBe(1);
    expect(answer.passages[0]!.text).toContain('东屿县');
  });

  it('reads a warranty as the 质保 the article writes, and gives all of it', () => {
    // Written for this test: a car's launch, its battery warranty given in years or kilometres.
    const car = engineFromArticles([
      parseArticle('新款电动车上市\n<p>新款电动车昨日上市，售价12.8万元。</p><p>厂家表示，首任车主可享受8年或15万公里的电池质保，首批订单已超过2万台。</p>', 'english-warranty-words'),
    ]);
    expect(newsWordsFor('warranty')).toContain('质保');
    expect(car.ask('What battery warranty do first owners get?').direct).toContain('8年或15万公里');
  });
});


describe('English words of markets and broadcasts', () => {
  // Written for this test: a market's checks, with a count that stands beside what it counts.
  const market = engineFromArticles([
    parseArticle(
      `某夜市完成年度检查\n<p>市场监管局本月共检查全市4座夜市、836个摊位，为期两周。</p>\n<p>当晚的网络直播持续了约3个小时，吸引12万人次观看。</p>`,
      'english-market',
    ),
  ]);

  it('counts stalls in 摊位, not the length of the checks', () => {
    expect(market.ask('How many stalls were inspected?').direct).toContain('836个摊位');
  });

  it('times the livestream, not the checks', () => {
    expect(market.ask('How long did the livestream last?').direct).toContain('3个小时');
  });
});

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

describe('English words of prizes and crowds', () => {
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

describe('English words of transport and of prices', () => {
  // Written for this test: a new tram line's expected riders and a price floor.
  const tram = engineFromArticles([
    parseArticle(
      `棠溪有轨电车开通\n<p>棠溪有轨电车1号线今天开通，初期日均乘客预计约6万人次。</p>\n<p>全线采用新能源车辆，票价实行最低2元、最高6元的阶梯票制。</p>`,
      'english-transport',
    ),
  ]);

  it('reaches the article’s words for riders and for the lowest price', () => {
    expect(newsWordsFor('riders')).toContain('乘客');
    expect(tram.ask('How many daily riders are expected?').direct).toContain('6万人次');
    expect(tram.ask('What is the minimum fare?').direct).toContain('2元');
  });
});

describe('English words of government offices', () => {
  // Written for this test: a bureau named by its head character, inside the article's word.
  const engine = engineFromArticles([
    parseArticle(`沐溪市暴雨停课\n<p>受暴雨影响，沐溪市教育局于清晨6时宣布全市中小学停课一天。</p>\n<p>市气象台表示，强降雨将持续到明天中午。</p>`, 'english-bureau'),
  ]);

  it('reaches 教育局 from "Education Bureau", and answers when it acted', () => {
    const reply = engine.ask('When did the Education Bureau announce that schools would close?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('6时');
  });
});

describe('English words of travellers, mills and severe cases', () => {
  // Written for this test: a railway's holiday figures, a cotton region's mills and a ward's
  // patients, each in the word Chinese news writes (旅客, 游客, 轧花厂, 重症).
  const report = engineFromArticles([
    parseArticle(
      `某地节日运输与秋收\n<p>节日期间，某铁路局共发送旅客312.6万人次，沿线景区接待游客84万人。</p>\n<p>某县已有27家轧花厂开始收购棉花。</p>\n<p>某医院目前共有重症病例16例，其中9人已转入普通病房。</p>\n<p>院长某某表示，要加强药品储备，做好后勤保障。要全力救治重症患者，保证床位和医护人员。</p>`,
      'english-travel-words',
    ),
  ]);

  it('reads passengers as 旅客 and visitors as 游客', () => {
    expect(report.ask('How many passengers did the railway carry?').direct).toContain('312.6万人次');
    expect(report.ask('How many visitors did the scenic spots receive?').direct).toContain('84万人');
  });

  it('reads a mill as a works named 厂', () => {
    expect(report.ask('How many ginning mills have started buying cotton?').direct).toContain('27家');
  });

  it('reads severe cases as 重症', () => {
    expect(report.ask('How many severe cases does the hospital have?').direct).toContain('16例');
    expect(report.ask('What did the director say should be done for severe cases?').passages[0]?.text).toContain('全力救治重症患者');
  });
});

describe('English words of products, rescues and courts', () => {
  // Written for this test: a phone maker's release, a rescue at sea and a retrial, in news's words.
  const report = engineFromArticles([
    parseArticle(
      `某地新闻三则\n<p>某科技公司11月20日在某市发布新款手机“某星8”，起售价3999元。</p>\n<p>当晚，海上搜救中心组织3艘船只参与搜救，6名渔民全部获救。</p>\n<p>芩州市中级人民法院再审后，宣告被告人罗某无罪。</p>`,
      'english-product-words',
    ),
  ]);

  it('reads launching a smartphone as releasing a 手机 (发布), and an acquittal as 无罪', () => {
    expect(report.ask('When did the company launch its new smartphone?').direct).toContain('11月20日');
    const acquitted = report.ask('Which court acquitted the defendant?');
    expect(acquitted.abstained).toBe(false);
    expect(acquitted.direct).toContain('芩州市中级人民法院');
  });

  it('reads fishermen as 渔民 and a rescue as 搜救', () => {
    expect(report.ask('How many fishermen were rescued?').direct).toContain('6名');
    expect(report.ask('How many ships took part in the rescue?').direct).toContain('3艘');
  });
});

describe('English nouns of the one who does', () => {
  // Written for this test: a labour case whose arbitrator the article names by 仲裁 and 员.
  const ruling = engineFromArticles([
    parseArticle(
      `某区劳动仲裁委裁决一起加班费纠纷\n<p>芩州市某区劳动人事争议仲裁委近日裁决，公司应向前员工支付加班费4.2万元。仲裁委审理认为，公司未能举证。</p>\n<p>案件承办仲裁员邬岚清表示，用人单位不得以“自愿加班”为名拒付加班费。</p>`,
      'english-agent-nouns',
    ),
  ]);

  it('reads the arbitrator as the 仲裁员 the article names, not the arbitration committee', () => {
    expect(ruling.ask('Who was the arbitrator?').direct).toContain('邬岚清');
  });

  it('asked for the arbitrator\'s name, answers with the person, not the sentence', () => {
    expect(ruling.ask('What is the name of the arbitrator?').direct).toBe('邬岚清');
  });
});

describe('English words of money spent', () => {
  // Written for this test: a company's results, with its net profit beside the words a listed
  // company (上市公司) and its R&D spending written as what it cost (研发费用).
  const results = engineFromArticles([
    parseArticle(
      `蔚岭乳业发布年度业绩\n<p>蔚岭乳业3月28日晚间发布年报，归属于上市公司股东的净利润31.84亿元，同比增长12.6%。</p>\n<p>研发投入方面，公司全年研发费用为6.18亿元，同比增长21.2%。</p>`,
      'english-spending',
    ),
  ]);

  it('reads "spend on" as what went into something or what it cost (投入, 费用)', () => {
    expect(results.ask('How much did the company spend on R&D?').direct).toBe('6.18亿元');
  });
});

describe('English verbs made of a verb and a particle', () => {
  // Written for this test: a verdict handed down on one day, for a crime that ran over years, and
  // money saved (节省) and handed to others (交由): words of "hand" and "down" taken one by one.
  const verdict = engineFromArticles([
    parseArticle(
      `岫县一企业污染环境案宣判\n<p>11月14日上午，澧川市人民法院公开宣判一起污染环境案，被告单位被判处罚金人民币600万元。</p>\n<p>法院审理查明，2020年5月至2022年9月间，该企业为节省处置费用，将废液交由无资质人员处置。</p>`,
      'english-phrasal-verbs',
    ),
  ]);

  it('reads "handed down" as the verdict delivered (宣判), not as handing over and saving', () => {
    expect(verdict.ask('When was the verdict handed down?').direct).toContain('11月14日');
  });
});

describe('English words of courts, crimes and delays', () => {
  // Written for this test: a theft tried in court, and a flight held back by the weather.
  const report = engineFromArticles([
    parseArticle(
      `渚县一男子盗窃手机获刑\n<p>渚县人民法院近日审结一起盗窃案，被告人濠某在商场内先后盗窃手机14部，被判处有期徒刑一年六个月。</p>\n<p>另据机场通报，受大雾影响，当天一趟航班推迟3小时起飞。</p>`,
      'english-courts-and-delays',
    ),
  ]);

  it('reaches 盗窃 from "stolen" and 推迟 from "delayed", and answers by them', () => {
    const reached = reachedIn(report);
    expect(reached('How many phones were stolen?', 'stolen')).toContain('盗窃');
    expect(reached('How long was the flight delayed?', 'delayed')).toContain('推迟');
    expect(report.ask('How many phones were stolen?').direct).toContain('14部');
    expect(report.ask('How long was the flight delayed?').direct).toContain('3小时');
  });
});

describe('English words of jobs and of bribes', () => {
  // Written for this test: a company cutting jobs, and an official tried for taking bribes.
  const report = engineFromArticles([
    parseArticle(
      `滢川一家企业宣布裁员\n<p>滢川市一家电子企业11月2日宣布裁员约300人，同时将招聘50名研发人员。</p>\n<p>另据通报，该市原副市长因受贿罪被判处有期徒刑十年，受贿金额达2100万元。</p>`,
      'english-jobs-and-bribes',
    ),
  ]);
  const reached = reachedIn(report);

  it('reaches 裁员 from "layoffs", 招聘 from "hire" and 受贿 from "bribery", and answers by them', () => {
    expect(reached('How many layoffs did the company announce?', 'layoffs')).toContain('裁员');
    expect(reached('How many researchers will it hire?', 'hire')).toContain('招聘');
    expect(reached('How much was involved in the bribery?', 'bribery')).toContain('受贿');
    expect(report.ask('How much money was involved in the bribery?').direct).toContain('2100万元');
  });
});

describe('English words of when an event began and ended', () => {
  // Written for this test: a fair that news says opened (拉开帷幕) and closed (落下帷幕) in set phrases.
  const fair = engineFromArticles([
    parseArticle(
      `芷川国际茶博会落下帷幕\n<p>11月3日，为期5天的第十届芷川国际茶业博览会在芷川会展中心落下帷幕。本届茶博会于10月30日拉开帷幕，共吸引参观者12.6万人次。</p>\n<p>组委会介绍，本届展会现场签约金额达3.2亿元。</p>`,
      'english-event-start-end',
    ),
  ]);
  const reached = reachedIn(fair);

  it('reaches 落下帷幕 from "end" and 拉开帷幕 from "begin" and "kick off"', () => {
    expect(reached('When did the tea expo end?', 'end')).toContain('落下帷幕');
    expect(reached('When did the tea expo begin?', 'begin')).toContain('拉开帷幕');
    expect(reached('When did the tea expo kick off?', 'kick off')).toContain('拉开帷幕');
  });

  it('answers the day it began with the opening day, not the closing one', () => {
    expect(fair.ask('When did the tea expo begin?').direct).toBe('10月30日');
    expect(fair.ask('When did the tea expo kick off?').direct).toBe('10月30日');
    expect(fair.ask('When did the tea expo end?').direct).toBe('11月3日');
  });
});

describe('English news nouns of a third probe', () => {
  // Written for this test: a mountain town's fire, its scenic spot and the city's new guideline.
  const town = engineFromArticles([
    parseArticle(
      `苕溪景区附近发生火灾\n<p>5日凌晨，海拔1,800米的苕溪景区附近一处仓库发生火灾，消防部门出动12辆消防车将大火扑灭。</p>\n<p>市政府此前出台指导意见，要求各景区每季度开展一次消防演练。</p>`,
      'english-third-probe',
    ),
  ]);
  const reached = reachedIn(town);

  it('reaches 火灾 from "blaze", 景区 from "attraction", 海拔 from "altitude" and 指导意见 from "guideline"', () => {
    expect(reached('When did the blaze break out?', 'blaze')).toContain('火灾');
    expect(reached('Which attraction was the blaze near?', 'attraction')).toContain('景区');
    expect(reached('At what altitude is the attraction?', 'altitude')).toContain('海拔');
    expect(reached('What does the guideline require?', 'guideline')).toContain('指导意见');
  });

  it('answers by them', () => {
    expect(town.ask('At what altitude is the scenic attraction?').direct).toContain('1,800米');
  });
});

describe('a verb and its particle the article words otherwise', () => {
  // Written for this test: a fraud case that never writes 开展, 实施 or 进行 for what was carried out,
  // and does write 获悉 and 查明, which "find out" glosses.
  const fraud = engineFromArticles([
    parseArticle(
      `渼川一男子诈骗获刑\n<p>记者从渼川市法院获悉，经审理查明，2023年5月至11月间，被告人周某在网上假称有内部票源，骗取他人钱款共计86万元。</p>`,
      'english-phrasal-unwritten',
    ),
  ]);

  it('reads "carry out" as nothing rather than "out" as 获悉 or 查明', () => {
    const concepts = understandQuestion('Over what period did he carry out the scam?', fraud.knowledge).concepts;
    const words = concepts.flatMap((c) => c.alternatives.map((a) => a.word));
    expect(words).not.toContain('获悉');
    expect(words).not.toContain('查明');
    expect(words).toContain('诈骗');
  });
});

describe('English words of order and extent news words its own way', () => {
  // Written for this test: each answer has a rival figure or date beside it that only the mapped word tells apart.
  const festival = engineFromArticles([
    parseArticle(
      `某市灯光节闭幕\n<p>（某社记者周行某市8日电）为期12天的某市江畔灯光节8日晚闭幕。同期举行的龙舟赛为期3天。</p>\n<p>闭幕演出中，2400架无人机同时升空，创下新的纪录。此前的纪录为1800架。</p>\n<p>市公交集团平日运营公交车600辆。当晚，市公交集团加开夜班公交车45辆。</p>\n<p>该市此前与省外的丙市签订了旅游合作协议。灯光节期间，该市与周边的甲县、乙县联合开行接驳专线。</p>\n<p>参赛者可于10月1日至5日报名。对评选结果有异议的，可于10月12日至13日提出复核。</p>`,
      'english-order-words',
    ),
  ]);

  it('reads "previous" as the article’s 此前, not the new record', () => {
    expect(festival.ask('What was the previous record?').direct).toContain('1800架');
  });

  it('reads "extra" buses as 加开, not the buses run every day', () => {
    expect(festival.ask('How many extra buses were put on?').direct).toBe('45辆');
  });

  it('reads a recheck as 复核, and "which days" as asking a date', () => {
    expect(festival.ask('On which days can entrants ask for a recheck?').direct).toBe('10月12日至13日');
  });

  it('reads neighbouring counties as 周边 and the festival in 灯光节', () => {
    // Guards: the old reader found these by its other words too.
    expect(festival.ask('Which neighbouring counties run shuttle lines with the city?').direct).toContain('甲县');
    expect(festival.ask('How long did the festival last?').direct).toBe('12天');
  });
});

describe('English words of offices, markets and projects', () => {
  // Written for this test: each answer has a rival beside it that only the mapped word tells apart.
  const report = engineFromArticles([
    parseArticle(
      `某公司股价下跌\n<p>（某报记者周行）某省文物考古研究所所长林秋岚介绍，该所今年共发掘墓葬12座。</p>\n<p>6月18日，某某科技股价收报9.26元，下跌3.1%，成交额1.2亿元。</p>\n<p>公司董事长邓启明表示，公司董秘吴婉清将负责投资者关系。</p>\n<p>该铁路于2020年开工，总投资约210亿元，全长180公里，二等座票价为96元。</p>`,
      'english-office-words',
    ),
  ]);

  it('reads a provincial institute as the article’s 省…所 and answers with its director', () => {
    expect(report.ask('Who is the director of the Provincial Institute of Archaeology?').direct).toContain('林秋岚');
  });

  it('reads a board secretary as 董秘, not the chairman beside her', () => {
    const secretary = report.ask("Who is the company's board secretary?");
    expect(secretary.direct).toContain('吴婉清');
    expect(secretary.direct).not.toContain('邓启明');
  });

  it('reads what a railway cost to build as its 总投资, not the fare', () => {
    expect(report.ask('How much did the railway cost to build?').direct).toBe('约210亿元');
  });
});

describe('an English phrase of cause (set off) and a network outage', () => {
  // Written for this test: a Hong Kong network fault and what caused it.
  const outage = engineFromArticles([
    parseArticle(
      `某电讯网络故障\n<p>【本报讯】某电讯前日发生大规模网络故障，全港逾百万名用户受影响。</p>\n<p>公司表示，事故由核心网络软件升级引发，后备系统亦载入了同一版本的软件。</p>\n<p>公司称，7月1日前会以短讯形式通知受影响客户。</p>`,
      'english-cause-words',
    ),
  ]);

  it('reads "what set off the outage" as what caused the 故障, and answers with it', () => {
    const reply = outage.ask('What set off the outage?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('核心网络软件升级');
  });
});

describe('money set aside', () => {
  // Written for this test: a Taiwan ministry that budgets (編列) a sum, beside a subsidy per kilogram.
  const slump = engineFromArticles([
    parseArticle(
      `香蕉價格崩跌 農業部啟動調節措施\n<p>農業部昨天召開記者會，宣布啟動香蕉產銷調節措施，將編列新臺幣1.5億元預算，內容包括補助外銷每公斤新臺幣5元。</p>\n<p>蕉農表示，希望收購能快一點。</p>`,
      'english-set-aside',
    ),
  ]);

  it('is the sum budgeted (編列), not the subsidy per kilogram', () => {
    expect(slump.ask('How much money has the agriculture ministry set aside for the measures?').direct).toBe('新臺幣1.5億元');
  });
});

describe('China and an estimate, as mainland news writes them', () => {
  // Written for this test: a count of patients in the country (我国), reckoned (估算).
  const drug = engineFromArticles([
    parseArticle(
      `国产新药获批上市\n<p>国家药品监督管理局近日批准某生物研发的创新药上市，用于治疗特发性肺纤维化。</p>\n<p>据业内估算，我国现有患者约50万人，每年新增病例在2万人以上。</p>`,
      'english-china-estimate',
    ),
  ]);
  const reached = reachedIn(drug);

  it('reaches 我国 from China and 估算 from estimated', () => {
    const question = 'Roughly how many people in China are estimated to have this disease?';
    expect(reached(question, 'china')).toContain('我国');
    expect(reached(question, 'estimated')).toContain('估算');
    expect(drug.ask(question).direct).toBe('约50万人');
  });
});

describe('a chief executive', () => {
  // Written for this test: a charity's 总干事 beside a bureau's deputy head (副局长), in Hong Kong's words.
  const housing = engineFromArticles([
    parseArticle(
      `過渡性房屋落成\n<p>房屋局副局長陳家明出席典禮時表示，政府會繼續增加過渡性房屋供應。</p>\n<p>營運機構社區房屋協會總幹事李志強表示，首批住戶將於明年1月入伙。</p>`,
      'english-chief-executive',
    ),
  ]);

  it('is the 总干事 who runs the organisation, not a bureau’s 局长 (chief) or its 干事 (executive)', () => {
    expect(housing.ask('Who is the chief executive of the organisation running the project?').direct).toContain('李志強');
  });
});

describe('what an official advises', () => {
  // Written for this test: a regulator's reminder (提醒) beside a buyer's story.
  const liquor = engineFromArticles([
    parseArticle(
      `假酒案一审宣判\n<p>今年3月，市民张先生在市场上一家烟酒店购买了两箱高档白酒，饮用后发现口感异常，随即向市场监管部门举报。</p>\n<p>市市场监管局副局长王立提醒，消费者应选择正规渠道并索要发票。</p>`,
      'english-advise',
    ),
  ]);

  it('is the 提醒 news writes for it, which the dictionary glosses otherwise (劝告)', () => {
    const question = 'What does the market regulator advise people to do when buying baijiu?';
    expect(reachedIn(liquor)(question, 'advise')).toContain('提醒');
    expect(liquor.ask(question).passages.some((p) => p.text.includes('选择正规渠道'))).toBe(true);
  });
});
