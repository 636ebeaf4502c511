import { stem } from './english.js';

/**
 * English words of news questions and the Chinese words news writes for them, where CC-CEDICT's
 * glosses do not reach (受伤 is glossed "to sustain injuries", not "injured"; 疏散 "to scatter", not
 * "evacuate"; 馆长 has no gloss at all). A closed table of common news vocabulary, read only for the
 * words an article writes (concepts.ts): the dictionary stays the first way an English word reaches
 * an article, this table the second. One word a key; its inflections (rose, killed) reach it through `stem`.
 */
/** How news says an event began (开幕, 拉开帷幕), for start and begin alike. */
const STARTED: readonly string[] = ['开始', '开幕', '拉开帷幕', '启动', '开工', '开赛'];

/** How news says a place or a shop closed, and a share's price at the close (收报14.62元). */
const CLOSED: readonly string[] = ['关闭', '闭馆', '休馆', '封闭', '停业', '停运', '闭幕', '落幕', '闭店', '关店', '歇业', '收报', '收盘', '收于'];

const TABLE: Readonly<Record<string, readonly string[]>> = {
  // Posts (titles.ts lists the Chinese ones news writes before a name).
  director: ['主任', '局长', '馆长', '处长', '所长', '院长', '厂长', '站长', '园长', '总监', '署长', '司长', '导演'],
  principal: ['校长'],
  headmaster: ['校长'],
  headmistress: ['校长'],
  spokesman: ['发言人'],
  spokeswoman: ['发言人'],
  spokesperson: ['发言人'],
  // A committee of a legislature or a council, and who chairs it (主席, 召集人).
  panel: ['委员会', '事务委员会', '小组', '专家组'],
  chair: ['主席', '主持', '召集人', '董事长'],
  ceo: ['首席执行官', '执行长', '总裁', 'CEO'],
  cfo: ['首席财务官', '财务长', 'CFO'],
  president: ['总统', '主席', '院长', '校长', '总裁', '会长', '行长', '社长'],
  chairman: ['董事长', '主席', '会长', '理事长'],
  curator: ['策展人', '馆长'],
  captain: ['船长', '机长', '舰长', '队长'],
  coach: ['教练', '主教练'],
  caretaker: ['暂代', '代理主教练', '临时主教练'],
  assistant: ['助理', '助教', '助手'],
  manager: ['经理', '总经理', '主管'],
  commander: ['司令员', '指挥官', '大队长', '队长'],
  // Offices of government, named by their head character (教育局, 房屋署, 教育厅): the article's
  // name holds it, which retrieval finds as a part of a word.
  bureau: ['局', '署'],
  // What an official advises or urges the public to do: news writes 提醒, 建议, 呼吁 (CC-CEDICT glosses
  // only 劝告 "to advise", which news seldom writes).
  advise: ['提醒', '建议', '提示', '呼吁', '劝告'],
  advice: ['提醒', '建议', '提示', '忠告'],
  urge: ['呼吁', '敦促', '提醒'],
  // News agencies, as an English question names the one on a wire dateline.
  xinhua: ['新华社'],
  cna: ['中央社'],
  cns: ['中新社'],
  reuters: ['路透社'],
  afp: ['法新社'],
  // People in the news.
  firefighter: ['消防员', '消防指战员', '消防队员', '指战员'],
  rescuer: ['救援人员', '救援队员', '搜救人员'],
  rescue: ['救援', '搜救', '营救', '救助', '抢救'],
  fisherman: ['渔民'],
  fishermen: ['渔民'],
  landlord: ['业主', '房东'],
  suspect: ['嫌犯', '犯罪嫌疑人', '嫌疑人'],
  ringleader: ['主嫌', '主犯', '首要分子', '头目'],
  mastermind: ['主嫌', '主犯', '幕后主使'],
  prosecutor: ['检方', '公诉方', '检察官', '检察院', '公诉人'],
  defendant: ['被告', '被告人'],
  victim: ['受害人', '被害人', '受害者', '遇难者'],
  donor: ['捐赠者', '捐献者', '捐者', '供者'],
  recipient: ['受赠者', '受捐者', '受者', '获得者'],
  runner: ['选手', '跑者', '运动员'],
  legislator: ['议员', '立法会议员', '立法委员', '人大代表'],
  lawmaker: ['议员', '立法会议员', '立法委员', '人大代表'],
  worker: ['人员', '工作人员', '员工', '职工', '工人'],
  staff: ['人员', '工作人员', '员工', '职工'],
  employee: ['员工', '职工', '雇员'],
  spectator: ['观众', '球迷'],
  fan: ['球迷', '观众', '粉丝'],
  // 旅客 and 游客 are news's words for whoever travels or visits; the dictionary glosses them "traveler" and "tourist".
  passenger: ['乘客', '旅客'],
  visitor: ['游客', '访客', '参观者', '观众', '旅客'],
  councillor: ['议员', '区议员', '市议员'],
  councilor: ['议员', '区议员', '市议员'],
  congress: ['代表大会', '人大', '党代会'],
  approval: ['支持度', '支持率', '满意度', '批准', '审批'],
  toddler: ['幼儿', '婴幼儿'],
  pensioner: ['退休人员', '长者', '老人'],
  // What happens to people.
  injured: ['受伤', '伤者', '伤员', '负伤'],
  injury: ['伤情', '受伤', '伤势', '伤病'],
  wounded: ['受伤', '伤者', '伤员'],
  killed: ['死亡', '遇难', '身亡', '丧生', '罹难', '遇害'],
  dead: ['死亡', '遇难', '身亡', '遇难者'],
  death: ['死亡', '遇难', '身亡'],
  fatality: ['死亡', '遇难'],
  evacuate: ['疏散', '转移', '撤离'],
  evacuation: ['疏散', '转移', '撤离'],
  relocate: ['转移', '安置', '搬迁'],
  hospitalized: ['送医', '住院', '送往医院', '救治'],
  missing: ['失联', '失踪', '下落不明'],
  trapped: ['被困', '受困'],
  survivor: ['幸存者', '生还者', '生还'],
  casualty: ['伤亡', '死伤'],
  displaced: ['受灾', '转移', '安置', '无家可归'],
  resident: ['居民', '群众', '村民', '市民'],
  home: ['民房', '房屋', '住房', '住宅', '家中'],
  buried: ['掩埋', '埋压', '被埋'],
  treat: ['救治', '治疗', '诊治', '处置'],
  shelter: ['安置点', '避难所', '避险点', '安置场所'],
  landfall: ['登陆'],
  arrest: ['逮捕', '拘捕', '抓获', '缉获', '落网'],
  detain: ['拘留', '羁押', '扣留'],
  // Charged with a crime, charged a fee, charged a battery: the article writes the one it means.
  charge: ['起诉', '指控', '控告', '收费', '费用', '充电'],
  charged: ['起诉', '指控', '控告', '收费', '充电'],
  acquit: ['无罪', '宣告无罪', '改判无罪'],
  quarantine: ['隔离'],
  // Courts and crime.
  verdict: ['判决', '宣判', '裁决'],
  court: ['法院', '法庭'],
  judge: ['法官', '审判长', '合议庭'],
  trial: ['庭审', '审理', '开庭', '审判'],
  hearing: ['庭审', '开庭', '听证'],
  sentence: ['判处', '判刑', '有期徒刑', '徒刑', '监禁'],
  prison: ['监禁', '有期徒刑', '入狱', '坐牢', '监狱'],
  jail: ['监禁', '有期徒刑', '入狱', '坐牢', '监狱'],
  fraud: ['诈骗', '诈欺', '欺诈'],
  scam: ['诈骗', '诈欺', '骗局'],
  seize: ['查扣', '查获', '扣押', '缴获'],
  recover: ['追回', '追缴', '挽回', '收回', '追赃'],
  penalty: ['处罚', '惩罚', '罚款', '处分'],
  freeze: ['冻结'],
  frozen: ['冻结'],
  // Disasters and accidents.
  // …and a network's (网络故障, 服务中断), which news calls a fault.
  outage: ['停电', '断电', '故障', '中断', '断网'],
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
  epicenter: ['震中', '震央'],
  epicentre: ['震中', '震央'],
  aftershock: ['余震'],
  depth: ['深度', '震源深度'],
  storm: ['台风', '风暴', '热带风暴', '暴风雨'],
  rainfall: ['降雨', '雨量', '降水', '累计雨量'],
  outbreak: ['疫情', '暴发', '爆发'],
  covid: ['新冠', '新冠肺炎', '新型冠状病毒', '疫情'],
  hazardous: ['危险', '危险废物', '危废'],
  toxic: ['有毒', '毒性'],
  wildlife: ['野生动物'],
  relief: ['救灾', '赈灾', '救济', '援助'],
  // A case of a severe illness is 重症 (重症患者), which the dictionary glosses "acute (illness)".
  severe: ['重症', '严重'],
  // Business and trade.
  revenue: ['营收', '营业收入', '收入'],
  earnings: ['盈利', '收益', '利润', '净利润', '获利'],
  // A share's price at the close (收盘价, 收盘报 86元).
  closing: ['收盘', '收市'],
  // A mill is a works named by its head character (轧花厂, 造纸厂, 钢厂), as a bureau is (局).
  mill: ['厂'],
  tonne: ['吨'],
  grain: ['粮食', '粮'],
  acreage: ['种植面积', '面积'],
  cargo: ['货物', '货运'],
  production: ['生产', '产量', '投产'],
  smartphone: ['手机', '智能手机'],
  delivery: ['配送', '外卖', '交付', '送达'],
  // A product launched is released (发布, 推出), a rocket launched fired (发射), a service opened (开通).
  launch: ['发布', '推出', '发射', '上市', '启动', '开通'],
  shipment: ['出货量', '出货', '发货量'],
  sell: ['销量', '销售', '售出', '卖出'],
  sold: ['销量', '销售', '售出', '卖出'],
  // Money raised by a company (C轮融资), or a figure raised (上修至).
  raise: ['融资', '募资', '上调', '上修', '提高'],
  round: ['轮', '轮次'],
  loss: ['亏损', '损失'],
  dividend: ['分红', '红利', '派息'],
  margin: ['利润率', '毛利率', '净利率', '息差'],
  mortgage: ['房贷', '住房贷款', '按揭'],
  shareholder: ['股东'],
  acquisition: ['收购', '并购'],
  acquire: ['收购', '并购'],
  unveil: ['发布', '亮相', '揭幕', '推出'],
  deal: ['协议', '合同', '交易', '订单'],
  // A bill to pay, or a bill to pass (条例草案).
  bill: ['费用', '账单', '医疗费用', '治疗费用', '草案', '法案', '条例草案'],
  // Courts and crimes, as news words them (the dictionary glosses 推迟 'to postpone', 判刑 'to sentence').
  delayed: ['推迟', '延误', '延期', '延迟'],
  jailed: ['判处', '获刑', '入狱', '有期徒刑', '判刑'],
  sue: ['起诉', '状告', '诉讼'],
  sued: ['起诉', '状告', '诉讼'],
  steal: ['盗窃', '偷盗', '被盗', '失窃'],
  stole: ['盗窃', '偷盗', '被盗', '失窃'],
  stolen: ['被盗', '盗窃', '失窃', '偷盗'],
  renovated: ['改造', '翻新', '装修', '修缮'],
  bribery: ['受贿', '行贿', '贿赂'],
  bribe: ['受贿', '行贿', '贿赂'],
  regulator: ['监管部门', '监管机构', '监管局'],
  // Jobs given and taken away.
  hire: ['聘请', '聘用', '招聘', '雇用'],
  layoff: ['裁员', '裁撤', '辞退'],
  minimum: ['最低', '下限'],
  maximum: ['最高', '最大', '上限'],
  merger: ['合并', '并购', '重组'],
  stake: ['股份', '股权', '持股'],
  retailer: ['商家', '零售商', '门店'],
  stall: ['摊位', '摊点', '摊子', '档口'],
  vendor: ['摊商', '摊贩', '摊主', '商贩', '业者'],
  livestream: ['直播', '直播间', '网络直播'],
  hotline: ['热线', '专线', '服务热线'],
  // Money spent on something: news writes what went into it (研发投入) or what it cost (研发费用).
  spending: ['消费', '支出', '开支', '花费', '投入', '费用'],
  expected: ['预计', '有望', '预期'],
  scheme: ['方案', '计划', '政策', '项目'],
  equipment: ['设备', '装备', '器材'],
  plant: ['工厂', '生产基地', '厂区'],
  factory: ['工厂', '生产基地', '厂区'],
  surplus: ['顺差', '出超'],
  deficit: ['逆差', '入超'],
  rise: ['增长', '上涨', '增加', '上升', '提升'],
  grow: ['增长', '增加', '上升'],
  fall: ['下降', '下跌', '减少', '下滑', '回落'],
  drop: ['下降', '下跌', '减少', '下滑'],
  ridership: ['客流', '客流量'],
  contract: ['合约', '合同', '签约'],
  // Transport.
  send: ['运往', '送往', '发往', '送到', '派出'],
  sent: ['运往', '送往', '发往', '送到', '派出'],
  rider: ['乘客', '旅客', '客流'],
  commuter: ['乘客', '通勤族', '上班族'],
  ev: ['新能源汽车', '电动车', '电动汽车', '纯电动'],
  fare: ['票价', '车费', '船费', '单程票价'],
  // The travel rush of the Spring Festival, which Chinese news names in one word.
  rush: ['春运'],
  driverless: ['无人驾驶', '自动驾驶', '全自动运行'],
  // Visits, events, exhibitions.
  // How news says an event ended (落下帷幕, 闭幕), which the dictionary glosses otherwise.
  end: ['结束', '闭幕', '落幕', '落下帷幕', '收官', '告一段落'],
  finish: ['完成', '结束', '完工', '竣工'],
  start: STARTED,
  begin: STARTED,
  open: ['开幕', '开业', '开通', '启用', '开放'],
  hold: ['举行', '举办', '召开'],
  convict: ['定罪', '有罪', '判处'],
  visit: ['考察', '视察', '调研', '访问', '参观', '看望', '慰问'],
  tour: ['考察', '视察', '调研', '参观', '巡视'],
  exhibition: ['展览', '特展', '展出', '展会'],
  artifact: ['文物', '出土文物', '展品'],
  artefact: ['文物', '出土文物', '展品'],
  relic: ['文物', '遗物'],
  pottery: ['陶器', '陶罐', '陶片'],
  excavation: ['发掘', '挖掘', '考古'],
  dig: ['发掘', '挖掘', '开挖', '挖出'],
  archaeologist: ['考古人员', '考古队', '考古学家', '考古工作者', '考古'],
  admission: ['门票', '入场', '票价', '录取', '招生'],
  free: ['免费', '免票', '免收'],
  conference: ['研讨会', '会议', '论坛', '大会'],
  // …and a share's price at the close (收报14.62元); a shop shut for good (闭店, 关店).
  close: CLOSED,
  shut: CLOSED,
  exhibit: ['展出', '展览', '展示', '陈列'],
  display: ['展出', '展示', '陈列'],
  // A price cut or fee waived: news writes the share off (减免50%, 打八折) or the offer (优惠).
  discount: ['折扣', '优惠', '减免', '打折', '折价'],
  attendance: ['观众', '上座', '入场'],
  // Sport.
  shot: ['射门', '射正'],
  // …and a prize won, which news writes as obtained, plucked or held up (获得、摘得、捧得最佳影片奖).
  win: ['夺冠', '获胜', '冠军', '取胜', '胜出', '战胜', '赢得', '夺得', '获得', '摘得', '捧得', '荣获'],
  goal: ['进球', '破门'],
  game: ['比赛', '赛事'],
  tournament: ['锦标赛', '比赛', '赛事'],
  quarterfinal: ['四分之一决赛', '八强'],
  stadium: ['球场', '体育场', '体育中心'],
  winner: ['冠军', '得主', '获胜者', '获奖者', '夺冠'],
  fastest: ['最快'],
  // What goes on.
  patrol: ['巡查', '巡逻', '巡守', '巡护'],
  spray: ['喷药', '喷洒', '消杀'],
  resume: ['恢复', '复工', '复航', '复课'],
  sleep: ['睡着', '入睡', '睡觉'],
  raid: ['突击检查', '突击', '查处', '搜查', '搜索', '查获'],
  unusual: ['罕见', '异常', '特殊'],
  warranty: ['质保', '保修'],
  app: ['应用', '客户端', 'App', 'APP', '小程序'],
  // Pay.
  earn: ['收入', '工资', '日工资', '月薪', '年薪', '挣钱', '赚钱', '收益'],
  wage: ['工资', '日工资', '薪资', '薪酬'],
  salary: ['工资', '薪资', '薪酬', '月薪', '年薪'],
  // Schools, science, nature.
  subsidy: ['补贴', '补助', '津贴'],
  incision: ['切口', '创口', '伤口'],
  allowance: ['补贴', '补助', '津贴'],
  inspection: ['督查', '检查', '巡查', '视察'],
  satisfaction: ['满意度', '满意'],
  flat: ['住宅', '房屋', '住房', '套房', '劏房'],
  mice: ['小鼠', '老鼠'],
  uric: ['尿酸'],
  dry: ['烘干', '晾晒', '干燥'],
  dried: ['烘干', '晾晒', '干燥'],
  journal: ['期刊', '杂志'],
  yield: ['产量', '亩产', '单产'],
  reserve: ['保护区'],
  wetland: ['湿地'],
  migratory: ['候鸟'],
  // A third probe of about 200 news nouns: those reaching nothing, or not the word news writes.
  viewer: ['观众', '收视'],
  attraction: ['景区', '景点'],
  blaze: ['火灾', '大火', '火情'],
  bid: ['竞标', '投标', '申办'],
  altitude: ['海拔', '高度'],
  lunar: ['月球', '探月', '登月'],
  legislature: ['立法会', '人大', '议会'],
  guideline: ['指导意见', '指引', '意见', '指南'],
  quarterly: ['季度', '单季'],
  lockdown: ['封控', '封城', '封锁'],
  percentage: ['比例', '占比', '百分比'],
  rebound: ['篮板', '反弹'],
  jersey: ['球衣'],
  // Words of time and order a question uses where news writes its own (此前 for "previous", 加开
  // for "extra" buses), and events and bodies news names by a head character (灯光节, 主办方).
  previous: ['此前', '之前', '上一', '上届', '上次', '前任'],
  extra: ['加开', '增开', '加派', '增派', '额外', '加密', '新增'],
  neighbouring: ['周边', '邻近', '相邻', '毗邻', '周围'],
  neighboring: ['周边', '邻近', '相邻', '毗邻', '周围'],
  nearby: ['附近', '周边', '周围', '邻近'],
  joint: ['联合', '共同', '联防联控'],
  festival: ['节', '节日'],
  organiser: ['主办方', '主办单位', '组委会', '承办方'],
  organizer: ['主办方', '主办单位', '组委会', '承办方'],
  organisation: ['机构', '组织', '协会', '单位'],
  supplier: ['供应商', '供货商', '厂商'],
  income: ['收入', '收益', '进账', '营收'],
  fuel: ['燃油', '油费', '油耗', '燃料'],
  cause: ['原因', '起因', '导致', '引发', '由于'],
  trigger: ['引发', '触发', '导致', '起因'],
  lose: ['输', '失利', '落败', '告负', '负于', '失去'],
  beat: ['击败', '战胜', '胜', '赢'],
  compensation: ['赔偿', '补偿', '赔付', '回赠', '赔偿金'],
  refund: ['退款', '退还', '返还', '退费'],
  fine: ['罚款', '罚金', '处罚', '罚'],
  ban: ['禁止', '禁令', '严禁', '禁'],
  recheck: ['复核', '复查', '查分'],
  target: ['靶点', '目标', '对象'],
  category: ['类别', '组别', '项目', '类'],
  camp: ['集训', '冬训', '训练营', '营地'],
  audience: ['观众', '听众', '观看'],
  worth: ['价值', '货值', '估值', '值'],
  postpone: ['推迟', '延期', '延后', '顺延', '改期'],
  cancel: ['取消', '停运', '停办'],
  suspend: ['暂停', '停运', '停航', '停课', '中止'],
  // Offices and what an English question calls them: a provincial body is the article's 省 (甘肃省),
  // a harbour the 港 of a name (维多利亚港), a secretary a company's 董秘 too.
  provincial: ['省', '省级', '省委', '省政府'],
  // China as the mainland's own news names it: 我国, the whole country (全国), at home (国内).
  china: ['我国', '全国', '国内'],
  // A figure estimated is one reckoned (估算, 估计), as news hedges it.
  estimate: ['估算', '估计', '预估', '预计', '测算'],
  harbour: ['港', '港口', '海港'],
  harbor: ['港', '港口', '海港'],
  secretary: ['秘书', '董秘', '书记', '秘书长'],
  transfer: ['转岗', '调岗', '转会', '转让', '转移', '移交'],
  // What a thing cost and made, as reports of projects and companies write it.
  cost: ['造价', '总投资', '投资', '耗资', '花费', '成本', '费用'],
  output: ['产量', '产值', '出货量'],
  sales: ['销量', '销售额', '销售', '营收'],
  capacity: ['产能', '容量', '运力', '装机容量', '载客量'],
  route: ['线路', '航线', '路线', '班线'],
  deadline: ['截止', '截至', '期限', '最后期限'],
  born: ['出生', '生于'],
  died: ['去世', '逝世', '病逝', '死亡', '身亡'],
  elected: ['当选', '选举', '选出'],
  appoint: ['任命', '出任', '履新', '委任'],
  harvest: ['收获', '收割', '采摘', '采收', '开采', '丰收'],
};

/** A table's entries by the stems of their words, joined by spaces (charged → charg, handed down → hand down). */
function byStems(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(table).map(([english, chinese]) => [english.split(' ').map(stem).join(' '), chinese]));
}

const byStem = byStems(TABLE);

/**
 * Verbs of news that English makes of a verb and a particle, whose words alone mean something else
 * (a verdict handed down is no hand and nothing lowered: 交由, 降低): the words news writes for the
 * whole; and the few posts named by two words of which neither alone says the post (board
 * secretary: 董秘). Keyed by the phrase's base form; its inflections (handed down, stepped down)
 * reach it through `stem`.
 */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  'hand down': ['宣判', '判决', '判处'],
  'step down': ['辞职', '卸任', '下台', '辞去'],
  'carry out': ['开展', '实施', '进行', '执行'],
  'take place': ['举行', '举办', '发生'],
  'put out': ['扑灭', '扑救', '熄灭'],
  'kick off': ['开幕', '启动', '开赛', '拉开帷幕', '开始'],
  'wrap up': ['落幕', '结束', '闭幕', '收官'],
  // A post of two words whose first alone is another thing (board: a plank, 登机).
  'board secretary': ['董秘', '董事会秘书'],
  // A company's chief executive is its 总裁 or 首席执行官; a charity's or an agency's, its 总干事 (Hong
  // Kong) or 行政总裁; a city's, its 行政长官. Neither word alone says the post (chief: 局长, executive: 干事).
  'chief executive': ['首席执行官', '行政总裁', '总裁', '执行长', '总干事', '行政长官'],
  'secretary general': ['秘书长', '总干事'],
  // Money set aside is budgeted (编列预算, 拨出, 安排资金), not put to one side.
  'set aside': ['编列', '拨出', '拨付', '安排', '预留'],
  // What set something off is what caused it (引发, 导致), not anything set or off.
  'set off': ['引发', '触发', '导致', '起因'],
};

const phrasesByStems = byStems(PHRASES);

/** The Chinese words news writes for an English phrase given by its words' stems, joined by spaces (hand down), if the table has it. */
export function newsWordsForPhrase(stems: string): readonly string[] {
  return phrasesByStems.get(stems) ?? [];
}

/** The Chinese words news writes for an English word (director → 馆长), if the table has it. */
export function newsWordsFor(word: string): readonly string[] {
  return TABLE[word.toLowerCase()] ?? byStem.get(stem(word.toLowerCase())) ?? [];
}
