import { isHedge } from '../../language/hedges.js';
import { sameWords } from '../../language/same-words.js';
import type { AnalysedQuestion } from './analyse.js';
import type { Proposal } from './read.js';
import { CHANGE_ONLY, CHANGE_RATES, CHANGE_VERBS, LENGTH_UNITS, MONEY_UNITS, PEOPLE_MEASURES, SCORE_BETWEEN, SCORE_UNIT } from './answer-types.js';
import { COUNTING_ONE_BY_ONE, MEASURE_CHARS, RANGE_MARK } from './figures.js';

// The form a figure question's answer is written in. 多少/how many asks for a figure; 多少钱,
// 第几次 and 多少名 ask for one written with that measure (…万元, 第…次, …名). An article that
// reports the event but never writes a figure in that form, or never names the quantity asked
// (使用年限), does not answer the question, however much of its wording it holds: decide.ts refuses
// it, and the decision model also weighs the form, learnt from articles with every such figure
// taken out (scripts/train-decision.ts).

/** Types whose answer is a figure. */
const FIGURE_TYPES = new Set<AnalysedQuestion['type']>(['number', 'duration', 'ordinal']);
/** A figure, in digits or Chinese numerals (两, 半 and 几 count: 两年, 半个月, 几十人). */
const FIGURE = /\d|[〇零一二三四五六七八九十百千万亿兆两半几]/u;
/** A figure as written before its unit: digits or Chinese numerals, with separators and ranges, then 余 or 多 (6000余, 30多, 6-8). */
export const FIGURE_RUN = '[\\d〇零一二三四五六七八九十百千万亿兆两半几.,，~-]+(?:余|多)?';
/**
 * A figure as a count or measure is written: in digits; in Chinese numerals ending in a magnitude
 * (七千, 一亿, 一半) or before a measure or unit (两场, 三成, 十二岁, 五分之一); or as a rank (第一). Not a
 * numeral inside a word (一线, 统一), which FIGURE alone takes in, nor the digits of a code written
 * in Latin letters (ZU-17, A380), which name a thing.
 */
const WRITTEN_FIGURE = new RegExp(`(?<![\\dA-Za-z.]|[A-Za-z][-‐])\\d|第[〇零一二三四五六七八九十百千]|[〇零一二三四五六七八九十百千万亿兆两半几数]*[十百千万亿兆半]|[〇零一二三四五六七八九十百千万亿兆两半几数]+(?:余|多)?(?:[${MEASURE_CHARS}人岁年月日天周元角米里斤吨克亩倍成分秒时度%％]|分之|平方|立方|公[里斤尺顷])`, 'u');

/**
 * Whether a text writes a figure at all (WRITTEN_FIGURE); a short span with a numeral in it is
 * taken as one (一省 of 几个省: a noun the numeral counts directly).
 */
export function writesFigure(text: string): boolean {
  return WRITTEN_FIGURE.test(text) || (text.length <= 3 && FIGURE.test(text));
}

/** Whether a text writes a count or an amount: a figure once its date is set aside (1月19日 counts nothing). */
export function writesCount(text: string): boolean {
  return writesFigure(text.replace(DATE_PARTS, ''));
}

/** What a date is written with: a year before its month, a month, a day, and what brackets add (（腊月二十八）); a year alone may count years (任期4年). */
const DATE_PARTS = /\d{1,4}年(?=\d{1,2}月)|\d{1,2}月份?|\d{1,2}[日号]|[（(][^）)]*[）)]/gu;

/**
 * Whether a text writes a time: a calendar or clock word (年, 月, 日, 时, 世纪, 春, 期间, 前后, 星期…),
 * a day named (今天, 次日), a year in digits (1949), or a dynasty or era (东汉, 南宋, 民国; 唐朝 by its 朝).
 * Not a dynasty's character alone: 元 is as often a sum's yuan (12亿元).
 */
export function writesTime(text: string): boolean {
  return WRITTEN_TIME.test(text);
}

const WRITTEN_TIME = /[年月日号时点分秒纪朝代季春夏秋冬旬晨晚夜午周期前后初末间]|今天|昨天|明天|当天|当日|次日|星期|礼拜|(?<!\d)\d{3,4}(?!\d)|[东西南北][汉宋晋周魏]|民国/u;

/**
 * A length of time as written: a figure in a unit of time (6小时20分钟, 12个工作日, 两个多月, 十年), or
 * months or days from one to another (花期1-3月, 3日至5日). Not a date's 月 or 日 alone (3月8日).
 */
const WRITTEN_DURATION = new RegExp(`${FIGURE_RUN}(?:个多?|多个)?(?:年|月份|个?月|周|星期|天|日|小时|钟头|分钟|秒|昼夜|夜|工作日|世纪|代)|\\d{1,2}\\s*[月日]?\\s*${RANGE_MARK}\\s*\\d{1,2}\\s*[月日]|半(?:年|天|个月|小时)|[整全多]天`, 'u');

/** Whether a text writes a length of time (WRITTEN_DURATION). */
export function writesDuration(text: string): boolean {
  return WRITTEN_DURATION.test(text.replace(/\d{1,2}月\d{1,2}日/gu, ''));
}

/** "多久发布一次", "幾耐一班", "how often": how often something is done, not how long it lasts. */
const FREQUENCY_ASKED = /(?:多久|多长时间|多少时间|几耐|几多耐)[^，,。？?]{0,10}?一(?:次|班|趟|回|轮)|\bhow often\b/iu;

/** Whether a question asks how often something is done (统计部门多长时间发布一次信息？). */
export function asksFrequency(question: AnalysedQuestion): boolean {
  return question.type === 'duration' && FREQUENCY_ASKED.test(question.text);
}

/** A period a thing recurs in, as news writes it: 每周, 每月, 每20分钟, 每隔两周. */
export const EVERY_PERIOD = /^每(?:隔)?(?:[\d一两二三四五六七八九十半]+\s*个?)?(?:年|季度|个?月|周|星期|天|日|小时|钟头|分钟|秒)/u;

/** The end of a sentence, which a figure counting a noun never stands across. */
const SENTENCE_END = /[。！？；!?;]/u;

/**
 * Whether the article counts a noun it writes: a figure within a few characters of it, in its
 * sentence (3家药店, 药店共12家, 药店、诊所等20余家). A question counting what the article names but
 * never counts ("考察了几家药店？") is not answered by another figure of the sentence (两场座谈会).
 */
export function countedInText(noun: string, text: string): boolean {
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
    const before = text.slice(Math.max(0, at - COUNT_REACH), at).split(SENTENCE_END).at(-1)!;
    const after = text.slice(at + noun.length, at + noun.length + COUNT_REACH).split(SENTENCE_END)[0]!;
    if (writesFigure(before) || writesFigure(after)) return true;
  }
  return false;
}

/** How far, in characters, a figure may stand from the noun it counts (12家大型连锁药店). */
const COUNT_REACH = 12;

/** Measure words too general to mark a form: 几个省 is answered by 一省, 多少人 by 3400万. */
const GENERAL_MEASURES = new Set(['个', '人']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const measured = new Map<string, RegExp>();

/**
 * A figure written in one of `units` (412天, 6000余名, 9.8%, 百分之五), for people with any of their
 * measures, and for a share in any of its forms (2个百分点, 3成, 五分之一, 1：7). With `whole`, the
 * figure ends the text: a span that is the figure (2个百分点), not one going on past it (2个百分点的).
 */
export function figureInUnits(units: readonly string[], whole = false): RegExp {
  const key = `${whole ? '$' : ''}${units.join('|')}`;
  let pattern = measured.get(key);
  if (!pattern) {
    const share = units.includes('%');
    const people = units.some((u) => PEOPLE_MEASURES.includes(u)) ? PEOPLE_MEASURES : [];
    // A unit in Latin letters may stand a space after its figure (1.601 km²).
    // A score's 比 stands between its two figures (3比1): the second is part of the form.
    // Times are also counted in 度 (6度夺冠, 两度出任), which prepare.ts reads as a measure only before a verb.
    const times = units.includes('次') ? ['度'] : [];
    const alternatives = [...new Set([...units, ...people, ...times, ...(share ? ['％', '个百分点', '百分点', '成'] : [])])].map((u) => (u === SCORE_UNIT ? `${SCORE_BETWEEN}${FIGURE_RUN}` : /^[a-z]/iu.test(u) ? `\\s?${escape(u)}` : escape(u))).join('|');
    // 个 may stand between a figure and its unit (4个小时, 4个多小时, 3个月), as 几个小时 asks it.
    const figure = `${FIGURE_RUN}(?:个多?)?(?:${alternatives})`;
    // A share may also be written as a fraction or a ratio (五分之一, 1：7).
    pattern = whole ? new RegExp(`${figure}$`, 'u') : new RegExp(`${figure}${share ? '|分之|\\d\\s*[:：]\\s*\\d' : ''}`, 'u');
    measured.set(key, pattern);
  }
  return pattern;
}

/** What a date question asks for: a day (哪天), a year (哪一年), a month (几月), a time (几点). */
export function askedGrain(question: AnalysedQuestion): string {
  const cue = question.cue?.word ?? '';
  if (/天|号|日/u.test(cue)) return 'day';
  if (/年/u.test(cue)) return 'year';
  if (/月/u.test(cue)) return 'month';
  if (/点|时间/u.test(cue)) return 'time';
  return 'any';
}

/**
 * How a span writes each unit of the calendar: a year (2016年, 元年, 同年, 年初, 年代), a month (9月,
 * 正月, 上月) or a day (14日, 七月十一, 初五, 当天, 星期三, 除夕, a festival). Broader than `dateGrain`,
 * which reads only digits' units: an era's year or a lunar day is a date all the same.
 */
const CALENDAR_UNITS = {
  // Not a length of years (历时3年零5个月, 为期2年): a year of the calendar is not counted out.
  year: /(?<![\d.]|历时|历经|耗时|为期|长达|用了|花了|经过)\d{1,4}\s*年(?![零多半来内])|[〇零一二三四五六七八九十百千元]+年|[今去明前后同当次该本上]年|年[初中底末间]|世纪|年代/u,
  month: /\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|[正腊冬]月|[今去明本上下同次]月|月[初中底末]/u,
  day: /\d{1,2}\s*[日号]|[一二三四五六七八九十廿卅]{1,3}[日号]|月初?[一二三四五六七八九十廿卅]{1,3}|初[一二三四五六七八九十]|[今昨前明后当次同翌本]天|[今昨前明后当次同翌]日|星期|周[一二三四五六日]|除夕|元旦|大年|节(?:$|当天|前|后)|夜$/u,
};
/** An English question asking a unit of the calendar: what year, which day, on what date. */
const ENGLISH_CALENDAR_UNIT = /\b(?:what|which)\s+(year|month|day|date)\b/iu;

/** A unit of the calendar a date question may ask for. */
export type CalendarUnit = keyof typeof CALENDAR_UNITS;

/**
 * The unit of the calendar a date question asks for, when it asks a year, a month or a day (哪一年,
 * 几月, 哪天; what year, which day); not for "when" (什么时候, 哪个朝代), which a time of any kind
 * answers (东汉, 十八岁, 某某王朝时期), so that no short list of time words tells an answer from none.
 * The ranker reads `askedGrain`, which knows only Chinese cues: its weights were fitted with it.
 */
export function askedCalendarUnit(question: AnalysedQuestion): CalendarUnit | undefined {
  if (question.type !== 'date') return undefined;
  if (question.english) {
    const unit = ENGLISH_CALENDAR_UNIT.exec(question.text)?.[1]?.toLowerCase();
    return unit === 'date' ? 'day' : (unit as CalendarUnit | undefined);
  }
  const grain = askedGrain(question);
  return grain === 'year' || grain === 'month' || grain === 'day' ? grain : undefined;
}

/** Whether a text writes the unit of the calendar asked (a year for 哪一年, a day for 哪天). */
export function writesCalendarUnit(text: string, unit: CalendarUnit): boolean {
  return CALENDAR_UNITS[unit].test(text);
}

/** The finest unit a date span gives. */
export function dateGrain(text: string): string {
  if (/[时点]/u.test(text)) return 'time';
  if (/[日号]/u.test(text)) return 'day';
  if (/月/u.test(text)) return 'month';
  if (/年/u.test(text)) return 'year';
  return 'other';
}

/** Whether the question asks for a figure at all. */
export function asksFigure(question: AnalysedQuestion): boolean {
  return FIGURE_TYPES.has(question.type);
}

/** Whether the question asks its figure in units of its own (多少天, 占比多少), not in 个 or 人 that count anything. */
export function asksInOwnUnits(question: AnalysedQuestion): boolean {
  return question.units.length > 0 && !question.units.some((u) => GENERAL_MEASURES.has(u));
}

/** Whether `text` holds a figure in the form the question asks (any figure, when it names no measure). */
export function holdsAskedForm(text: string, question: AnalysedQuestion): boolean {
  if (!asksInOwnUnits(question)) return FIGURE.test(text);
  if (figureInUnits(question.units).test(text) || (question.units.includes('天') && (DAY_RANGE.test(text) || DAYS_IN_日.test(text)))) return true;
  // A length is a length in any of its units: the reader looks for the few 多深 asks in (米), but an
  // earthquake's depth it found in 公里 (震源深度10公里) still gives the figure asked.
  if (question.units.some((u) => LENGTH_UNITS.includes(u)) && ANY_LENGTH.test(text)) return true;
  // A count of single things is the same count in whichever measure the writer chose: 个 or any
  // other of them (300万个 for 多少条, 3座 for 几间).
  // Not a rank (第几层): 两个 counts, it ranks nothing.
  return question.type !== 'ordinal' && question.units.every((u) => COUNTING_ONE_BY_ONE.has(u)) && ONE_BY_ONE_FIGURE.test(text);
}

/** A figure in any unit of length. */
const ANY_LENGTH = figureInUnits(LENGTH_UNITS);

/** A figure counted in 个 or one of `measures` (single characters). */
const countedIn = (measures: Iterable<string>) => new RegExp(`${FIGURE_RUN}[个${[...measures].join('')}]`, 'u');

/** A figure counted in 个 or another measure of single things. */
const ONE_BY_ONE_FIGURE = countedIn(COUNTING_ONE_BY_ONE);

/**
 * Whether a question counting people (多少人, 多少员工) is given a count of something else: a figure
 * in a measure of single things that counts no people (3台, 12家), a sum or a share (86,432元,
 * 27%), or an age (62岁), and none that does.
 */
export function countsOtherThanPeople(text: string, question: AnalysedQuestion): boolean {
  if (!question.units.some((u) => PEOPLE_MEASURES.includes(u))) return false;
  // In the measures asked, which take in every people's measure (and 例, for patients asked).
  return (THINGS_FIGURE.test(text) || SUM_OR_SHARE.test(text) || AGE.test(text)) && !figureInUnits(question.units).test(text);
}

/** A figure of a sum of money or a share: never a count of anyone. */
const SUM_OR_SHARE = figureInUnits([...MONEY_UNITS, '%']);

/** An age (62岁, 50岁以上): how old someone is, never how many. */
const AGE = figureInUnits(['岁']);

/** A figure counted in a measure of single things that counts no people. */
const THINGS_FIGURE = countedIn([...COUNTING_ONE_BY_ONE].filter((c) => !PEOPLE_MEASURES.includes(c)));

/**
 * Days counted in 日 (14日内, 3个工作日后, 30日以上): how many days, as formal writing gives them; a
 * day of the month (14日) is not, without what makes it a count.
 */
const DAYS_IN_日 = new RegExp(`${FIGURE_RUN}个?(?:工作)?日(?:内|以内|之内|后|以后|以上|左右)`, 'u');

/** Days from one to another (1日至3日): how many days, as the article gives it, though it writes no 天. */
const DAY_RANGE = new RegExp(`\\d{1,2}日${RANGE_MARK}\\d{1,2}日`, 'u');

/** Words that say a figure changed (变化, 增长): the change asked, never the thing measured. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([...CHANGE_ONLY, ...CHANGE_VERBS, ...CHANGE_RATES]);

/**
 * Quantities named only as "how many" or "how much" of something (参赛的人数, 捐款的金额): an
 * article gives 8.7万人 or 3亿元 and never the word. Unlike 人口 or 面积, which it writes with the value.
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['人数', '数量', '数目', '总数', '次数', '数额', '金额']);

/** Quantities named in general words, which an article gives without them (人口数量 → 2315人). */
export const GENERIC_QUANTITIES: ReadonlySet<string> = new Set([...COUNT_WORDS, '年纪', '数字', '时间', '时长', '长度', '规模', '距离', '面积', '人口', '速度', '时速', '频率', '单位', '名次', '排名', '年龄', '岁数', '数据', '比例', '百分比', '比率', '价格', '号码', '编号']);

/** Heads of a compound that name only its figure (人口数, 产量, 金额, 产值): the thing counted is the rest. */
const FIGURE_HEADS = new Set(['数', '量', '额', '值']);

/** Whether a measured noun's head (its last character) only says "the figure of" what its other characters name. */
export function headNamesFigure(noun: string): boolean {
  return FIGURE_HEADS.has(noun.at(-1) ?? '');
}

/**
 * The noun a figure question measures, written right before its asking word (使用年限是多少年 →
 * 年限, 门店客流量是多少 → 客流量): the quantity itself. An article that never writes it does not
 * give its value, whatever else of the question it holds; on the training folds 0.2% of answerable
 * questions name a quantity their article writes otherwise (总长 for 全长, or 长 alone: those two are
 * read as written, `measureWordedOtherwise` and `headBeforeFigure`).
 */
export function measuredNoun(question: AnalysedQuestion, tag: (word: string) => string): string | undefined {
  if (!asksFigure(question)) return undefined;
  // 产值预计多少, 经费总共是多少: the noun before a hedge or an "in all" is measured.
  // …nor the word of a change asked (利润比去年变化了多少: the profit is measured, not 变化).
  // …nor a verb of need or ability (车费要多少钱, 门票需要多少钱): the noun before it is measured.
  const word = question.before.filter((w) => !isHedge(w) && !IN_ALL.has(w) && !CHANGE_WORDS.has(w) && !MODALS.has(w) && w !== '有').at(-1);
  // 时候 of 起飞的时候有多重 makes a clause of time: it is when the figure holds, not what it measures.
  if (!word || !/^\p{Script=Han}{2,}$/u.test(word) || GENERIC_QUANTITIES.has(word) || word === TIME_CLAUSE_NOUN) return undefined;
  // A verb with its aspect (动用了多少台造雪机, jieba tags 动用 vn) says what was done: it measures nothing of its own.
  if (new RegExp(`${escape(word)}[了过着]`, 'u').test(question.text)) return undefined;
  // A place with its locative (厂里有多少女职工, 队里, 省内) says where the figure holds: it is no quantity.
  if (/[里内]$/u.test(word)) return undefined;
  // A common noun: a name is the question's subject, never a quantity (jieba tags 多达 nrt); or a
  // quantity of money jieba tags as its verb (收入, 投资 of 营业收入有多少).
  return /^(?:n(?![rstz])|vn|l)/.test(tag(word)) || MONEY_VERB_NOUNS.has(word) ? word : undefined;
}

/** Verbs of need or ability (车费要多少钱, 需要自己掏钱吗): they ask about the act, they name no fact of it. */
export const MODALS: ReadonlySet<string> = new Set(['要', '需要', '需', '得', '能', '能够', '可以', '会', '将', '应', '应该', '必须']);

/** The noun of 的时候, which makes the words before it a clause of time ("when …"): it names no fact. */
export const TIME_CLAUSE_NOUN = '时候';

/** Sums of money named by a verb's word (收入, 投资), which jieba tags as the verb. */
const MONEY_VERB_NOUNS: ReadonlySet<string> = new Set(['收入', '支出', '投资', '融资', '消费', '贷款', '存款', '出口', '进口', '开支']);

/** 总共 and its other wordings (same-words.ts): they say the figure is a sum, not what it is of. */
export const IN_ALL: ReadonlySet<string> = new Set(['总共', ...sameWords('总共')]);

/**
 * The ways an article writes a whole's measure that a question writes with 总 or 全 (总长 → 全长, 长度):
 * the same quantity, so the article writing one of them writes it.
 */
export function measureWordedOtherwise(noun: string): string[] {
  const whole = /^[总全](\p{Script=Han})$/u.exec(noun);
  return whole ? [`总${whole[1]}`, `全${whole[1]}`, `${whole[1]}度`].filter((w) => w !== noun) : [];
}

/** Whether a text gives the measure by its head alone, right before a figure (总长 as 长101公里, 海拔高度 as 高8848米). */
export function headBeforeFigure(noun: string, text: string): boolean {
  // A payment's head (费, 金, 款, 税, 租) ends every payment's name: 建筑费约10.2亿 is no 车费. Its last two characters, then.
  const head = PAYMENT_HEAD.test(noun) ? noun.slice(-2) : noun.at(-1) ?? '';
  // 额 of 投资额 only says "the figure of": 净额为2亿元 is no investment.
  return head !== '' && !headNamesFigure(noun) && new RegExp(`${escape(head)}(?:约|达|为|有|近|超过?)?\\d`, 'u').test(text);
}

/** A payment's name ends in one of these: a fee, a fund, a sum, a tax, a rent. */
const PAYMENT_HEAD = /\p{Script=Han}[费金款税租]$/u;

/**
 * The noun a figure question names after its asking word (索要多少钱的违约金 → 违约金, 几座的桥梁 →
 * 桥梁): what the figure is of. Only this form, where the wording leaves no doubt; the noun before
 * the asking word (measuredNoun) is often the question's subject instead.
 */
export function valuedNoun(question: AnalysedQuestion): string | undefined {
  if (!asksFigure(question) || !question.cue) return undefined;
  return /^\p{Script=Han}{0,2}?的(\p{Script=Han}{2,6}?)[？?。！!]*$/u.exec(question.text.slice(question.cue.end))?.[1];
}

/**
 * Whether an article that writes `noun` ever gives a figure of the asked form in a sentence with it
 * or next to one: 张某打算索要多少钱的违约金 is not answered by a sum the article gives for
 * something else when its only word on 违约金 is that he has not decided. Undefined when the
 * article never writes the noun (the missing words weigh that).
 */
export function valuedInArticle(sentences: readonly { order: number; text: string }[], noun: string, question: AnalysedQuestion): boolean | undefined {
  const holding = sentences.filter((s) => s.text.includes(noun));
  if (holding.length === 0) return undefined;
  const near = new Set(holding.flatMap((s) => [s.order - 1, s.order, s.order + 1]));
  return sentences.some((s) => near.has(s.order) && holdsAskedForm(s.text, question));
}

/**
 * Whether a span in months answers an age asked (多少岁) with what is no age: an age is given in months
 * only for an infant, and news then writes it as one (11个月大, 8个月的女婴); a length of months written
 * otherwise (历时约四个月, 超过一个月) is no one's age.
 */
export function monthsNotAnAge({ candidate, scored }: Proposal, question: AnalysedQuestion): boolean {
  if (!question.units.includes('岁') || !MONTHS_AT_END.test(candidate.text)) return false;
  return !AGE_AFTER_MONTHS.test(scored.sentence.text.slice(candidate.end));
}

/** A figure in months at a span's end (11个月, 约四个多月). */
const MONTHS_AT_END = /个多?月$/u;
/** What follows months that are an age: 大 (11个月大), or an infant (8个月的女婴, 6个月宝宝). */
const AGE_AFTER_MONTHS = /^(?:大|的?(?:婴|宝|男婴|女婴|孩|幼|小))/u;
