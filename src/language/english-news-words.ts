import { stem } from './english.js';

/**
 * English words of news questions and the Chinese words news writes for them, where CC-CEDICT's
 * glosses do not reach (受伤 is glossed "to sustain injuries", not "injured"; 疏散 "to scatter", not
 * "evacuate"; 馆长 has no gloss at all). A closed table of common news vocabulary, read only for the
 * words an article writes (concepts.ts): the dictionary stays the first way an English word reaches
 * an article, this table the second. One word a key; its inflections (rose, killed) reach it through `stem`.
 */
const TABLE: Readonly<Record<string, readonly string[]>> = {
  // Posts (titles.ts lists the Chinese ones news writes before a name).
  director: ['主任', '局长', '馆长', '处长', '所长', '院长', '厂长', '站长', '园长', '总监', '署长', '司长', '导演'],
  principal: ['校长'],
  headmaster: ['校长'],
  headmistress: ['校长'],
  spokesman: ['发言人'],
  spokeswoman: ['发言人'],
  spokesperson: ['发言人'],
  ceo: ['首席执行官', '总裁', 'CEO'],
  cfo: ['首席财务官', 'CFO'],
  president: ['总统', '主席', '院长', '校长', '总裁', '会长', '行长', '社长'],
  chairman: ['董事长', '主席', '会长', '理事长'],
  curator: ['策展人', '馆长'],
  captain: ['船长', '机长', '舰长', '队长'],
  coach: ['教练', '主教练'],
  manager: ['经理', '总经理', '主管'],
  commander: ['司令员', '指挥官', '大队长', '队长'],
  // People in the news.
  firefighter: ['消防员', '消防指战员', '消防队员', '指战员'],
  rescuer: ['救援人员', '救援队员', '搜救人员'],
  suspect: ['嫌犯', '犯罪嫌疑人', '嫌疑人'],
  ringleader: ['主嫌', '主犯', '首要分子', '头目'],
  mastermind: ['主嫌', '主犯', '幕后主使'],
  prosecutor: ['检方', '公诉方', '检察官', '检察院', '公诉人'],
  defendant: ['被告', '被告人'],
  victim: ['受害人', '被害人', '受害者', '遇难者'],
  legislator: ['议员', '立法会议员', '立法委员', '人大代表'],
  lawmaker: ['议员', '立法会议员', '立法委员', '人大代表'],
  worker: ['人员', '工作人员', '员工', '职工', '工人'],
  staff: ['人员', '工作人员', '员工', '职工'],
  employee: ['员工', '职工', '雇员'],
  spectator: ['观众', '球迷'],
  // What happens to people.
  injured: ['受伤', '伤者', '伤员', '负伤'],
  injury: ['伤情', '受伤', '伤势'],
  wounded: ['受伤', '伤者', '伤员'],
  killed: ['死亡', '遇难', '身亡', '丧生', '罹难', '遇害'],
  dead: ['死亡', '遇难', '身亡', '遇难者'],
  death: ['死亡', '遇难', '身亡'],
  fatality: ['死亡', '遇难'],
  evacuate: ['疏散', '转移', '撤离'],
  evacuation: ['疏散', '转移', '撤离'],
  relocate: ['转移', '安置', '搬迁'],
  hospitalized: ['送医', '住院', '送往医院', '救治'],
  arrest: ['逮捕', '拘捕', '抓获', '缉获', '落网'],
  detain: ['拘留', '羁押', '扣留'],
  // Courts and crime.
  verdict: ['判决', '宣判', '裁决'],
  trial: ['庭审', '审理', '开庭', '审判'],
  hearing: ['庭审', '开庭', '听证'],
  sentence: ['判处', '判刑', '有期徒刑', '徒刑', '监禁'],
  prison: ['监禁', '有期徒刑', '入狱', '坐牢', '监狱'],
  jail: ['监禁', '有期徒刑', '入狱', '坐牢', '监狱'],
  fraud: ['诈骗', '诈欺', '欺诈'],
  scam: ['诈骗', '诈欺', '骗局'],
  seize: ['查扣', '查获', '扣押', '缴获'],
  freeze: ['冻结'],
  frozen: ['冻结'],
  // Disasters and accidents.
  outage: ['停电', '断电'],
  blackout: ['停电', '断电'],
  fog: ['雾', '团雾', '大雾'],
  pileup: ['追尾', '相撞', '连环相撞'],
  collision: ['相撞', '碰撞', '追尾'],
  crash: ['事故', '相撞', '坠毁', '撞击'],
  reopen: ['恢复通行', '重新开放', '恢复开放'],
  detour: ['绕行', '绕道'],
  limit: ['限速', '限制', '上限'],
  eastbound: ['东行', '往东', '东向'],
  westbound: ['西行', '往西', '西向'],
  northbound: ['北行', '往北', '北向'],
  southbound: ['南行', '往南', '南向'],
  magnitude: ['震级', '级'],
  // Business and trade.
  revenue: ['营收', '营业收入', '收入'],
  loss: ['亏损', '损失'],
  dividend: ['分红', '红利', '派息'],
  shareholder: ['股东'],
  plant: ['工厂', '生产基地', '厂区'],
  factory: ['工厂', '生产基地', '厂区'],
  surplus: ['顺差', '出超'],
  deficit: ['逆差', '入超'],
  rise: ['增长', '上涨', '增加', '上升', '提升'],
  grow: ['增长', '增加', '上升'],
  fall: ['下降', '下跌', '减少', '下滑', '回落'],
  drop: ['下降', '下跌', '减少', '下滑'],
  ridership: ['客流', '客流量'],
  // Visits, events, exhibitions.
  visit: ['考察', '视察', '调研', '访问', '参观', '看望', '慰问'],
  exhibition: ['展览', '特展', '展出', '展会'],
  artifact: ['文物', '出土文物', '展品'],
  artefact: ['文物', '出土文物', '展品'],
  relic: ['文物', '遗物'],
  pottery: ['陶器', '陶罐', '陶片'],
  excavation: ['发掘', '挖掘', '考古'],
  admission: ['门票', '入场', '票价'],
  close: ['关闭', '闭馆', '休馆', '封闭', '停业', '停运'],
  attendance: ['观众', '上座', '入场'],
  // Sport.
  shot: ['射门', '射正'],
  goal: ['进球', '破门'],
  stadium: ['球场', '体育场', '体育中心'],
  // Schools, science, nature.
  subsidy: ['补贴', '补助', '津贴'],
  allowance: ['补贴', '补助', '津贴'],
  inspection: ['督查', '检查', '巡查', '视察'],
  satisfaction: ['满意度', '满意'],
  journal: ['期刊', '杂志'],
  yield: ['产量', '亩产', '单产'],
  reserve: ['保护区'],
  wetland: ['湿地'],
  migratory: ['候鸟'],
};

const byStem = new Map<string, readonly string[]>(Object.entries(TABLE).map(([english, chinese]) => [stem(english), chinese]));

/** The Chinese words news writes for an English word (director → 馆长), if the table has it. */
export function newsWordsFor(word: string): readonly string[] {
  return TABLE[word.toLowerCase()] ?? byStem.get(stem(word.toLowerCase())) ?? [];
}
