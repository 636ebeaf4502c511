import type { SpanKind } from './candidates.js';
import { MEASURE_CHARS } from './figures.js';

/**
 * An asking word of a question that asks for a value, anywhere in it (not yes or no): what the
 * engine tells a question from a clause that only sets its scene (一般认为，…). 几 counts only where
 * it asks (几天), not in 几百, 几乎, 几何, 几近 or 好几.
 */
export const ASKING_WORDS = /什么|啥|谁|哪|(?<![十好这那前近头后每])几(?![十百千万亿乎何近经内])|多少|多久|多长|多大|多高|多远|多重|多快|多深|多宽|怎|如何|为何|何时|何地|何处|何人|何种/u;

/**
 * What a question asks for, read from its wording. One table of named word lists in both
 * languages: the longest cue found in a question decides its type (为什么 before 什么, 多少年
 * before 多少, 第几 before 几); on a tie the earlier row wins. A cue is never a reason to refuse:
 * it says what kind of span to look for, not what the article must contain.
 */
export type AnswerType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'date'
  | 'duration'
  | 'number'
  | 'ordinal'
  | 'list'
  | 'reason'
  | 'method'
  | 'definition'
  | 'statement'
  | 'yesno'
  | 'summary'
  | 'thing';

interface CueRow {
  type: AnswerType;
  zh: readonly string[];
  /** English cues, matched on word boundaries in the lower-cased question. */
  en: readonly string[];
}

/** 啥 is the spoken 什么 (说了啥, 为啥, 凭啥): cues written with 什么, and each asked with 啥 as well. */
function withSpoken(words: readonly string[]): string[] {
  return [...new Set([...words, ...words.filter((w) => w.includes('什么')).map((w) => w.replace('什么', '啥'))])];
}

const CUE_ROWS: readonly CueRow[] = [
  { type: 'summary', zh: ['主要讲', '主要内容', '讲了什么事', '报道了什么', '概括', '摘要', '大意', '一句话', '总结一下', '讲的是什么', '说的是什么事', '新闻说了什么', '文章说了什么', '新闻讲了什么', '文章讲了什么', '简单讲讲', '简单说说'], en: ['summary', 'summarize', 'summarise', 'what is the article about', 'what is this article about', 'what is this story about', 'mainly about', 'mostly about', "what's the story", 'what is the story', "what's the news", 'what is the news', 'in a nutshell', 'in one line', 'tl;dr', 'tldr', 'gist', 'main points', 'main idea', 'key points'] },
  { type: 'ordinal', zh: ['第几', '排名第几', '第多少', '排第几', '名列第几'], en: ['which place', 'what place', 'what rank', 'ranked'] },
  { type: 'duration', zh: ['多久', '多长时间', '多少年', '多少天', '几天', '多少个月', '几个月', '多少小时', '几个小时', '几年', '多少分钟', '几分钟', '多少秒', '多长的时间', '历时多长'], en: ['how long', 'how often', 'how many years', 'how many days', 'how many months', 'how many hours', 'how many minutes'] },
  { type: 'date', zh: ['何时', '几时', '什么时候', '哪一年', '哪年', '哪天', '哪一天', '星期几', '周几', '礼拜几', '哪几天', '哪几日', '哪两天', '哪些天', '哪几年', '几月', '几号', '何年', '什么时间', '哪个月', '哪个时期', '哪个朝代', '什么年代', '哪个年代', '何日', '哪一日', '几点', '什么日子', '哪个季度', '什么朝代', '什么时期', '哪一时期', '哪段时间', '哪一段时间', '哪个时间段', '什么时间段', '哪段时期', '哪个世纪', '年份', '日期', '时间是', '西元几年', '公元几年', '公元前几年'], en: ['when', 'what year', 'which year', 'what date', 'what day', 'which day', 'what days', 'which days', 'what dates', 'which dates', 'which day of the week', 'what day of the week', 'what time', 'what month', 'which month', 'which century', 'what period'] },
  { type: 'number', zh: ['多少', '几', '多大', '多少岁', '多高', '多重', '多远', '多快', '多长', '多深', '多宽', '多热', '多冷', '百分之几', '比例', '人数', '数量', '金额', '多少钱', '价格', '面积', '人口', '几成', '多少倍', '几倍', '比重', '占比', '增幅', '增速', '规模'], en: ['how many', 'how much', 'how big', 'how tall', 'how high', 'how far', 'how fast', 'how old', 'how deep', 'how wide', 'how large', 'how hot', 'how cold', 'how warm', 'how strong', 'how powerful', 'how long is', 'how long was', 'how long are', 'how long were', 'what percentage', 'what share', 'what proportion', 'number of', 'amount', 'price'] },
  { type: 'person', zh: ['谁', '哪位', '哪个人', '什么人', '何人', '哪些人', '哪名', '哪一位', '哪些领导', '名字叫', '叫什么名字', '谁是', '是谁'], en: ['who', 'whom', 'whose', 'name', 'named'] },
  { type: 'organisation', zh: ['哪家', '哪一家', '哪一所', '哪一支', '哪个公司', '什么公司', '什么机构', '哪个机构', '哪个组织', '什么组织', '哪个部门', '什么部门', '哪所', '哪个大学', '什么单位', '哪个单位', '哪支', '哪个队', '哪个球队', '什么球队', '哪个俱乐部', '哪个政党', '什么企业', '哪个企业', '哪个品牌', '哪个学校', '哪个团体', '哪个乐队'], en: ['which company', 'what company', 'which organization', 'which organisation', 'which agency', 'which team', 'what team', 'which club', 'which university', 'which party', 'which firm', 'which department'] },
  { type: 'place', zh: ['哪里', '哪儿', '在哪', '何处', '什么地方', '哪个地方', '哪个国家', '哪个城市', '哪个省', '哪座', '哪一座', '何地', '哪国', '哪个地区', '哪个区', '哪个县', '什么地点', '地点', '何方', '哪片', '哪边', '哪条河', '哪座城市', '什么位置', '位置'], en: ['where', 'which country', 'what country', 'which city', 'what city', 'which province', 'what place', 'which region', 'location'] },
  { type: 'reason', zh: ['为什么', '为何', '原因', '何故', '因为什么', '理由', '怎么会', '什么导致', '缘故', '目的', '为了什么', '起因', '凭什么'], en: ['why', 'reason', 'what caused', 'what led to', 'purpose', 'cause of'] },
  { type: 'method', zh: ['怎么', '如何', '怎样', '什么方式', '什么方法', '什么手段', '什么途径', '用什么', '通过什么', '靠什么', '以什么'], en: ['how', 'in what way', 'by what means', 'what method'] },
  { type: 'statement', zh: ['说了什么', '讲了什么', '说了哪些', '表示什么', '怎么说', '如何评价', '怎么看', '看法', '认为', '指出了什么', '强调了什么', '提出了什么', '评价', '态度', '称什么', '观点', '表态'], en: ['say', 'said', 'says', 'think', 'thinks', 'stress', 'stressed', 'view', 'opinion', 'comment', 'remark', 'emphasize', 'emphasise'] },
  { type: 'definition', zh: ['是什么', '什么是', '指什么', '是指', '指的是', '定义', '意思', '含义', '何为', '是啥', '是何', '什么意思'], en: ['what is', "what's", 'what are', 'what does', 'mean', 'meaning', 'definition', 'define'] },
  { type: 'list', zh: ['哪些', '有哪些', '包括什么', '包括哪些', '哪几', '哪两', '哪三', '哪四', '几种', '几类', '有什么'], en: ['which', 'what are the', 'list'] },
  { type: 'yesno', zh: ['是否', '有没有', '是不是', '能不能', '会不会', '可不可以', '有无', '吗'], en: ['is it true', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'can', 'could', 'has', 'have', 'will'] },
  // 哪 with any class after it (哪一门语言, 哪族, 哪条街道), the class making it more specific (analyse.ts).
  { type: 'thing', zh: ['什么', '哪个', '哪种', '何种', '哪一个', '哪一种', '啥', '何', '哪一', '哪'], en: ['what', 'which'] },
];

export const CUE_TABLE: readonly CueRow[] = CUE_ROWS.map((row) => ({ ...row, zh: withSpoken(row.zh) }));

/**
 * Units and measure words a count is asked in: "多少天", "几颗", "多少名" ask for a figure written
 * with that word (412天, not 两天的…). Longest first, so 公里 is taken before 里, and 人次 (people
 * counted once per visit: 3,000人次) before 人.
 */
export const ASKED_MEASURES = ['人次', '架次', '车次', '班次', '航次', '户次', '公里', '千米', '厘米', '毫米', '公尺', '公分', '分钟', '小时', '个月', '万元', '亿元', '平方米', '平方公里', '公顷', '亩', '公斤', '千克', '斤', '天', '年', '月', '岁', '元', '米', '吨', '人', '周年', '周', '秒', '分', '单', '笔', '级', '折', ...MEASURE_CHARS];

/**
 * English units typed after a Chinese counting word (几个 hours, 多少 km), as Chinese writes them
 * there: the unit says what form the figure asked is in, whether or not the article writes it.
 * 小时 keeps a 个 typed before it (几个小时); 个月 brings its own.
 */
export const ENGLISH_MEASURES: Readonly<Record<string, string>> = {
  hour: '小时', minute: '分钟', second: '秒', day: '天', week: '周', month: '个月', year: '年',
  kilometre: '公里', kilometer: '公里', km: '公里', metre: '米', meter: '米', kilogram: '公斤', kg: '公斤',
  tonne: '吨', ton: '吨', yuan: '元', person: '人', people: '人', time: '次',
};

/**
 * Units of one measure written another way (公尺 in Taiwan for 米, cm for 厘米): a question asking in
 * one is answered in any of them.
 */
export const SAME_UNITS: readonly (readonly string[])[] = [
  ['米', '公尺', 'm'],
  ['厘米', '公分', 'cm', '㎝'],
  ['毫米', 'mm', '㎜'],
  ['公里', '千米', 'km', '㎞'],
  ['平方米', '平方公尺', 'm²', '㎡'],
  ['平方公里', '平方千米', 'km²', '㎢'],
];

/**
 * English head nouns that ask a figure with no "how much" ("What was the company's revenue?"): sums
 * of money (a sum in 元 answers), shares (a percentage answers), and other quantities.
 */
export const EN_MONEY_NOUNS = ['fare', 'fares', 'toll', 'rent', 'revenue', 'revenues', 'profit', 'profits', 'income', 'turnover', 'salary', 'salaries', 'wage', 'wages', 'budget', 'cash', 'funding', 'funds', 'investment', 'fee', 'fees', 'bonus', 'compensation', 'spending', 'expenditure', 'subsidy', 'subsidies'];
export const EN_SHARE_NOUNS = ['margin', 'rate', 'percentage', 'efficiency'];
export const EN_QUANTITY_NOUNS = [
  ...EN_MONEY_NOUNS, ...EN_SHARE_NOUNS, 'cost', 'sales', 'population', 'gdp', 'output', 'shipments', 'exports', 'imports', 'share',
  'age', 'height', 'length', 'width', 'depth', 'diameter', 'weight', 'area', 'capacity', 'distance', 'speed', 'temperature', 'score', 'total',
  'resolution', 'altitude', 'elevation', 'magnitude', 'thickness', 'mileage', 'attendance', 'turnout', 'density',
];

/**
 * The measure words Chinese counts an English noun in: "how many ships" is answered 136艘, as
 * 多少艘 asks. Chinese chooses the measure by the noun, so a count of bottles is written 1.2万瓶
 * and never with the noun itself; 个 is left out where the noun has a measure of its own.
 * Singular keys: the question's plural is read back to them.
 */
export const EN_COUNTED_MEASURES: Readonly<Record<string, readonly string[]>> = {
  bottle: ['瓶'], box: ['箱', '盒'], bag: ['袋', '包'], ton: ['吨'], tonne: ['吨'],
  ship: ['艘'], vessel: ['艘'], boat: ['艘', '条'], train: ['趟', '列'], trip: ['趟', '次'],
  car: ['辆', '台'], vehicle: ['辆', '台'], bus: ['辆'], truck: ['辆'], bicycle: ['辆'], bike: ['辆'],
  plane: ['架'], aircraft: ['架'], helicopter: ['架'], drone: ['架'], flight: ['架次', '班', '个'],
  machine: ['台'], robot: ['台'], computer: ['台'], device: ['台', '套', '件'], unit: ['台', '套', '个'],
  coin: ['枚'], medal: ['枚'], stamp: ['枚'], missile: ['枚'], rocket: ['枚', '发'], satellite: ['颗'],
  household: ['户'], family: ['户', '个'], home: ['户', '套', '栋', '间'], house: ['栋', '套', '间', '户'], apartment: ['套'],
  building: ['栋', '座', '幢'], bridge: ['座'], tower: ['座'], dam: ['座'], reservoir: ['座'], station: ['个', '座', '处'],
  school: ['所'], university: ['所'], hospital: ['家', '所'], company: ['家'], firm: ['家'], enterprise: ['家'], business: ['家'],
  shop: ['家'], store: ['家'], restaurant: ['家'], bank: ['家'], factory: ['家', '座'], plant: ['家', '座'],
  tree: ['棵', '株'], seedling: ['株'], animal: ['头', '只'], cow: ['头'], pig: ['头'], cattle: ['头'], sheep: ['只'], bird: ['只'],
  book: ['本', '册'], copy: ['份', '册', '本'], document: ['份'], film: ['部'], movie: ['部'], episode: ['集'], work: ['部', '件'],
  item: ['件', '项'], piece: ['件', '块'], artefact: ['件'], artifact: ['件'], relic: ['件'], object: ['件'],
  case: ['例', '起', '宗'], patient: ['例', '人', '名', '位'], accident: ['起'], incident: ['起'], crime: ['起'], fire: ['起'],
  game: ['场'], match: ['场'], race: ['场'], goal: ['球', '个'], point: ['分'], title: ['个', '项'], gold: ['枚'],
  room: ['间'], bed: ['张'], ticket: ['张'], page: ['页'], dose: ['剂'], shot: ['针', '剂'],
  project: ['个', '项'], measure: ['项', '条'], policy: ['项', '条'], law: ['部', '项'], agreement: ['项', '份', '个'], deal: ['项', '份', '个'],
  village: ['个'], town: ['个', '座'], city: ['个', '座'], country: ['个'], province: ['个'], county: ['个'],
  time: ['次'], visit: ['次'], meeting: ['次', '场'], round: ['轮'], batch: ['批'], kind: ['种', '类'], type: ['种', '类'],
  'person-time': ['人次'], 'person-times': ['人次'], order: ['单', '笔'], transaction: ['笔'],
  // Units of land and weight English writes in Chinese (mu, jin) or its own (hectares).
  mu: ['亩'], hectare: ['公顷'], acre: ['英亩'], jin: ['斤'], catty: ['斤'], deer: ['头', '只'],
};

/** English verbs of a figure growing or shrinking, in their forms (grew, rising, dropped): a change asked. */
export const EN_CHANGE_VERBS = 'grow|grew|grown|growing|rise|rose|risen|rising|increase[ds]?|increasing|expand(?:ed|ing|s)?|fall|fell|fallen|falling|drop(?:ped|ping|s)?|decline[ds]?|declining|shr[aiu]nk|shrinking';

/**
 * Words that say a figure changed, as a question asks it and an article writes it before the figure
 * (同比增长6.1%, 大增28.4%): two-character verbs, the single characters that say the same, and the
 * nouns of a rate of change.
 */
export const CHANGE_VERBS: readonly string[] = ['增长', '增加', '上涨', '上升', '提高', '提升', '下降', '下跌', '减少', '降低', '回落', '缩减', '压减', '削减', '压缩', '成长', '扩大', '缩小', '收窄'];
/** …and as one character, of a report (增, 降, 重挫) or of a question's spoken word (砍了多少, a cut). */
export const CHANGE_CHARS = '增涨升降跌减挫砍';
export const CHANGE_RATES: readonly string[] = ['增幅', '涨幅', '降幅', '跌幅', '增速'];
/** Words that say only that something changed, which a question asks by (变化了多少) and an article never writes before the figure. */
export const CHANGE_ONLY: readonly string[] = ['变化', '变动'];

/** The unit a match's score is asked in (比分多少): 比 between its two figures (3比1). */
export const SCORE_UNIT = '比';
/** What stands between a score's two figures: 比, or a colon (16:10, as sports pages write a set's score). */
export const SCORE_BETWEEN = '(?:比|[:：∶])';

/** The measure words news counts people in: a count of people asked in one (多少人) is given in any (36名, 3位). */
export const PEOPLE_MEASURES: readonly string[] = ['人', '名', '位', '员', '人次'];

/**
 * Sums of money as news writes them, each unit as it stands right after the figure: 元 and the
 * currencies named before it (386万港元, 418.6亿美元), which a figure-then-unit pattern does not
 * reach through 元 alone.
 */
export const MONEY_UNITS = ['元', '美元', '港元', '港币', '欧元', '日元', '澳元', '韩元', '台币', '新台币', '镑', '英镑', '卢比', '法郎', '卢布', '马克', '美金', '比索', '里拉', '人民币'];

/** Units of length, in either script and as symbols: what 多宽 and 多长 ask a figure in. */
export const LENGTH_UNITS: readonly string[] = ['公里', '千米', '米', '公尺', '公分', '厘米', '毫米', '英里', '海里', '英尺', '英寸', '光年', 'km', 'cm', 'mm', 'm', '㎞', '㎝', '㎜'];

/** Units an age (in years or, for a baby, in months: 11个月大), a height, a distance and a weight are given in, whichever cue asks them. */
const AGE_UNITS = ['岁', '个月', '个多月'];
const HEIGHT_UNITS = ['米', '公尺', '英尺', '公里', 'km'];
const DISTANCE_UNITS = ['公里', '千米', '米', '公尺', '光年', '英里', '海里', 'km'];
export const WEIGHT_UNITS = ['公斤', '千克', '吨', '克', '磅', '斤'];
/** Units an area is given in: 面积有多大 is answered by 1.5万平方公里 or 300亩, never by 一批. */
export const AREA_UNITS: readonly string[] = ['平方公里', '平方千米', '平方米', '平方英里', '平方公尺', '英亩', '亩', '公顷', '顷', 'km²', 'm²', '㎢', '㎡'];

/** The units of 多深 and "how deep": a depth news gives in metres. */
const DEPTH_UNITS: readonly string[] = ['米', '公尺'];

/** The units of 多长 and "how long is": a length, or a length of time. */
const LENGTH_OR_TIME: readonly string[] = [...LENGTH_UNITS, '年', '个月', '天', '小时', '分钟'];

/** Units of a temperature. */
const TEMPERATURE_UNITS = ['摄氏度', '度', '℃', '°C', '°'];

/**
 * Units a measuring cue asks in (多大 → 岁, 多高 → 米): a sentence giving the value writes one of
 * them, so they are looked for with the question's words. Only cues whose few units are known in
 * news writing; 多少 and 几 take the unit the question writes itself (多少名, 几天), and a sum of
 * money is asked by the words analyse.ts lists (多少钱, 罚款多少, cost).
 */
export const CUE_UNITS: Readonly<Record<string, readonly string[]>> = {
  多大: AGE_UNITS,
  多少岁: AGE_UNITS,
  多高: HEIGHT_UNITS,
  多远: DISTANCE_UNITS,
  多重: WEIGHT_UNITS,
  多深: DEPTH_UNITS,
  // 多高, 多远 and 多深 keep their few units: with every unit of length, a leaf's 3至8毫米 answered a
  // tree's height and 5m a tracking range (training folds, two answers lost, none gained).
  多宽: LENGTH_UNITS,
  // A temperature, as news writes it (33.6度, 36℃, 零下5摄氏度).
  多热: TEMPERATURE_UNITS,
  多冷: TEMPERATURE_UNITS,
  // A length, or a length of time (任期有多长); 多长时间 is a duration cue of its own.
  多长: LENGTH_OR_TIME,
  // English asks in the units its Chinese asks in (how far as 多远: 光年 too).
  'how old': AGE_UNITS,
  'how tall': HEIGHT_UNITS,
  'how high': HEIGHT_UNITS,
  'how far': DISTANCE_UNITS,
  'how deep': DEPTH_UNITS,
  'how wide': LENGTH_UNITS,
  'how hot': TEMPERATURE_UNITS,
  'how cold': TEMPERATURE_UNITS,
  'how warm': TEMPERATURE_UNITS,
  temperature: TEMPERATURE_UNITS,
  // "How long is the bridge / the trial period?" asks as 多长 does, a length or a length of time;
  // "how long did it take" is a duration cue of its own.
  'how long is': LENGTH_OR_TIME,
  'how long was': LENGTH_OR_TIME,
  'how long are': LENGTH_OR_TIME,
  'how long were': LENGTH_OR_TIME,
  // A length of time asked in its unit, as 多少小时 asks in 小时.
  'how many years': ['年'],
  'how many months': ['个月'],
  'how many days': ['天'],
  'how many hours': ['小时'],
  'how many minutes': ['分钟'],
  // The quantity nouns of "what is X's age / the height of X", asking as 多大, 多高, 多重, 多远 do.
  age: AGE_UNITS,
  height: HEIGHT_UNITS,
  weight: WEIGHT_UNITS,
  // "How much does it weigh?": the verb asks as the noun does (weighs, weighed read as weigh).
  weigh: WEIGHT_UNITS,
  distance: DISTANCE_UNITS,
  length: LENGTH_UNITS,
  width: LENGTH_UNITS,
  depth: LENGTH_UNITS,
  diameter: LENGTH_UNITS,
  // A speed is written as the distance of an hour (时速350公里, 每小时80公里).
  speed: ['公里', '千米', 'km', '米', '节'],
};

/**
 * The words news writes a measure's value with (线路全长22.1公里, 海拔高度4500米, 距离市区30公里), by
 * the cue that asks it: the question says 多长, the article 全长. They are looked for as other ways of
 * the question's words (retrieval), never as words it lacks. Only words that name the measure
 * itself: not 长达 or 高达, which write any length of time or sum.
 */
const LENGTH_WORDS = ['全长', '总长', '长度'];
const HEIGHT_WORDS = ['高度', '海拔', '身高'];
const DISTANCE_WORDS = ['距离', '相距', '里程'];
const TEMPERATURE_WORDS = ['气温', '温度', '高温', '低温'];
export const CUE_QUANTITY_WORDS: Readonly<Record<string, readonly string[]>> = {
  多长: LENGTH_WORDS,
  'how long is': LENGTH_WORDS,
  'how long was': LENGTH_WORDS,
  'how long are': LENGTH_WORDS,
  'how long were': LENGTH_WORDS,
  多高: HEIGHT_WORDS,
  'how tall': HEIGHT_WORDS,
  'how high': HEIGHT_WORDS,
  多远: DISTANCE_WORDS,
  'how far': DISTANCE_WORDS,
  多宽: ['宽度', '宽约'],
  'how wide': ['宽度', '宽约'],
  多深: ['深度', '水深'],
  'how deep': ['深度', '水深'],
  多重: ['重量', '体重'],
  多快: ['速度', '时速'],
  'how fast': ['速度', '时速'],
  多热: TEMPERATURE_WORDS,
  多冷: TEMPERATURE_WORDS,
  'how hot': TEMPERATURE_WORDS,
  'how cold': TEMPERATURE_WORDS,
  'how warm': TEMPERATURE_WORDS,
};

/**
 * Nouns that name a class of answer after a "which" word (哪一国家, 哪个城市, 什么人, 哪位皇帝):
 * the answer is a member of the class, so the class says the type when the asking word alone says
 * only "which thing". General words of the language, in one table; a noun not listed keeps the
 * generic type and is still matched as the asked class (the ranker's class features).
 */
export const CLASS_NOUNS: Partial<Record<AnswerType, readonly string[]>> = {
  place: ['国家', '国', '城市', '城', '地方', '地区', '地点', '省', '省份', '县', '市', '州', '岛', '岛屿', '港口', '港', '河', '河流', '山', '山脉', '湖', '海', '海域', '洲', '大陆', '半岛', '区域', '国度', '首都', '村', '镇', '街道', '车站', '机场', '沙漠', '平原', '盆地', '流域'],
  person: ['人', '人物', '人士', '皇帝', '国王', '君主', '总统', '首相', '总理', '作家', '诗人', '画家', '科学家', '学者', '演员', '歌手', '导演', '球员', '选手', '运动员', '将军', '官员', '领导人', '领袖', '教授', '作者', '创始人', '成员', '女性', '男子', '女子', '人员', '皇后', '王子', '公主', '教宗', '主席', '校长', '队员', '明星', '角色', '哲学家', '建筑师', '设计师', '工程师', '医生', '记者'],
  organisation: ['公司', '企业', '机构', '组织', '单位', '部门', '大学', '学校', '学院', '政党', '党派', '球队', '俱乐部', '团体', '银行', '集团', '协会', '医院', '报社', '电视台', '政府', '军队', '乐队', '厂商', '品牌', '媒体', '法院', '检察院', '法庭', '委员会'],
  date: ['朝代', '年代', '世纪', '时期', '时代', '年份', '季节', '月份', '日子', '节日'],
};

/**
 * The same classes in English, for "which N" ("Which judge heard the appeal?" asks a person): the
 * noun right after which or what, singular or plural.
 */
export const EN_CLASS_NOUNS: Partial<Record<AnswerType, readonly string[]>> = {
  place: ['country', 'city', 'province', 'state', 'region', 'town', 'village', 'county', 'district', 'island', 'river', 'mountain', 'lake', 'port', 'airport', 'station', 'continent', 'capital'],
  person: ['person', 'people', 'man', 'woman', 'judge', 'official', 'minister', 'leader', 'president', 'governor', 'mayor', 'player', 'singer', 'actor', 'actress', 'writer', 'author', 'poet', 'scientist', 'doctor', 'teacher', 'pilot', 'captain', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'prosecutor', 'officer', 'emperor', 'king', 'queen', 'director', 'founder', 'chairman', 'member', 'athlete', 'coach', 'engineer', 'designer', 'expert', 'analyst', 'relative', 'son', 'daughter', 'wife', 'husband', 'boy', 'girl', 'child', 'kid', 'baby', 'victim', 'hero', 'owner', 'driver', 'passenger', 'worker', 'student', 'farmer', 'soldier', 'resident', 'villager', 'suspect', 'defendant', 'rescuer', 'firefighter', 'volunteer', 'picker', 'employee', 'nurse', 'visitor', 'tourist', 'spectator', 'migrant', 'refugee', 'survivor', 'copilot', 'winner', 'father', 'mother', 'brother', 'sister', 'friend', 'neighbour', 'neighbor', 'citizen', 'reporter', 'journalist', 'secretary', 'chief', 'head'],
  organisation: ['organisation', 'organization', 'agency', 'bank', 'court', 'ministry', 'newspaper', 'hospital', 'school', 'government', 'authority', 'airline', 'carrier', 'brand', 'group'],
};

/** Words that ask which member of a class the next noun names: 哪一, 哪个, 哪种, 什么 (+ the noun). */
/** Measure words a "which" takes before its noun (哪一个, 哪家, 哪座). */
export const WHICH_MEASURES = '个家所座条支种类位项部本首场只名门间张件块片届样';
export const WHICH_WORDS = new RegExp(`^(?:哪一?[${WHICH_MEASURES}]?|什么|何)$`, 'u');

/** The statement cues that ask what was said (not 认为, 看法, 评价: those often ask a thing inside the opinion). */
export const SAID_CUES: ReadonlySet<string> = new Set(withSpoken(['说了什么', '讲了什么', '说了哪些', '表示什么', '怎么说', '称什么', '强调了什么', '指出了什么', '提出了什么', 'say', 'said', 'says', 'stress', 'stressed', 'comment', 'remark']));

/**
 * Wording that asks for every member of a set (哪些地区, 哪几个国家, 哪三条, "what are the", "which … were"):
 * the reply names them all, not the first. (哪四个字形容 asks one phrase of four characters.)
 */
export const PLURAL_ASKED = /哪些|哪几(?![次天年月号点岁])|哪[两二三四五六七八九十](?!个?字)|\bwhat are the\b|\bwhich (?:[a-z]+ ){0,2}(?:are|were)\b/iu;

/** English yes/no cues count only at the start of a question ("Did he sign …?"). */
export const EN_YESNO_AT_START = new Set(['is it true', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'can', 'could', 'has', 'have', 'will']);

/** Kinds of span (candidates.ts) that answer each type of question, where a type names one. */
export const ANSWERING_KINDS: Partial<Record<AnswerType, readonly SpanKind[]>> = {
  person: ['person'],
  place: ['place', 'organisation'],
  organisation: ['organisation'],
  date: ['date'],
  duration: ['duration'],
  number: ['number', 'percent', 'money'],
  ordinal: ['ordinal'],
};
