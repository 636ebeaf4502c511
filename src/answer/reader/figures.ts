// Figures, dates and ordinals as Chinese news writes them: the reader keeps each one whole.

/**
 * Measure words a figure counts things with, as single characters (3颗, 12名, 两类, 5辆): jieba may
 * leave one glued to the word after it (颗XYZ) or apart past a space (2 颗). The one list every rule
 * reading a count's measure word uses. (人 counts too, but is left out here: a figure glued to 人
 * is as often 500人民币.)
 */
export const MEASURE_CHARS = '个颗名位家项座条只件台辆架艘所部次种类场届倍份款批枚支篇幅株栋层轮组册卷页例户套张起宗间块头匹棵瓶列趟';

/**
 * The measure words that count single things, each of which 个 may stand for (多少条信号 is answered
 * by 300万个信号): not 次 or 倍, which count times, nor 个 itself.
 */
export const COUNTING_ONE_BY_ONE: ReadonlySet<string> = new Set([...MEASURE_CHARS].filter((c) => !'个次倍'.includes(c)));

/** A measure word a bare figure leaves after it (2 颗XYZ卫星): skipped to reach what is counted. */
export const MEASURE_AHEAD = new RegExp(`^\\s*(?:[${MEASURE_CHARS}]\\s*)?`, 'u');

/** The marks a figure goes on over, when a digit follows (24,672 / 9.8 / 6-8 / a ratio 1：7). */
const JOIN_MARKS = '[,.\\-~:：]';
export const FIGURE_JOINS = new RegExp(`^${JOIN_MARKS}$`);
/** A figure jieba cuts apart (24 , 672 / 9.8 % / 6 - 8 / 1 ： 7) is one word to a reader. */
export const FIGURE = new RegExp(`^\\d+(?:${JOIN_MARKS}\\d+)*%?$`);

const CN_DIGIT = '〇零一二三四五六七八九十';
/** A character a figure starts with: a digit, or a numeral written in characters (两 too). */
export const FIGURE_DIGIT = `[\\d${CN_DIGIT}两]`;
const CLOCK = `(?:[上下中]午|凌晨|早上|早晨|晚上|晚间|傍晚|夜间|深夜|午夜|清晨|[早晚夜](?=\\d))?(?:\\d{1,2}[时点](?:\\d{1,2}分)?(?:\\d{1,2}秒)?(?:许|左右|整)?)?`;
/**
 * The things news numbers with 号 (4号线, 3号楼, 1号门, 2号机组): a 号 before one of them is a
 * number, not a day of the month.
 */
const NUMBERED_THING = '[线楼院门馆机车台码站厅口房床窗桥井墓舱道库]';
const DAY = `(?:(?:(?:公元|西元)前?(?:\\d{1,4}|[${CN_DIGIT}]{1,4})|\\d{2,4}|[${CN_DIGIT}]{2,4})年代?)?(?:(?:\\d{1,2}|[${CN_DIGIT}]{1,3})月)?(?:(?:\\d{1,2}|[${CN_DIGIT}]{1,3})(?:日|号(?!${NUMBERED_THING})))?`;
/**
 * Marks between the days of a range (3月20日至22日, 2019年至2021年) or of a list of days in one
 * month's writing (8月15日及8月16日). Years are never listed as one: "哪一年" picks one of 1899年和1906年.
 */
const DAY_JOIN = `(?:[至到\\-—~]|(?:[、及和与或](?=(?:\\d{1,2}|[${CN_DIGIT}]{1,3})[月日号])))`;
/**
 * Dates and times as news writes them (2017年9月26日9时25分, 3月20日至22日, 2月11日上午,
 * 8月15日及8月16日): one word each, so a date is proposed whole; jieba cuts them into digits and
 * single characters. A match may end on a join no day follows: the reader trims it (DAY_JOIN_END).
 */
export const DATE_TIME = new RegExp(`${DAY}${CLOCK}(?:${DAY_JOIN}${DAY}${CLOCK})*`, 'gu');
/** A join a date match ended on with no day after it (5日和 + 李某). */
export const DAY_JOIN_END = new RegExp(`${DAY_JOIN}$`, 'u');
/** A join a date match starts on, with no day before it (直到 + 2月11日, 某某和 + 8月). */
export const DAY_JOIN_START = new RegExp(`^${DAY_JOIN}`, 'u');


/** The marks between the ends of a range of figures (1—3月, 3日至5日, 6-8亿元). */
export const RANGE_MARK = '(?:至|到|—|–|-|～|~)';

/** An ordinal as written: 第 + a figure + its measure word (第二十三次, 第3届). One word to the reader, and a kind of span. */
export const ORDINAL_TEXT = '第[\\d〇零一二三四五六七八九十百千]+(?:次|届|名|位|个|轮|期|批|号|条|项|季|场|代|任|版)?';

/** A span opening with an ordinal (第一, 第3名). */
const ORDINAL_START = new RegExp(`^${ORDINAL_TEXT}`, 'u');

/** Words asking a rank, which 多少 may ask too (名次为多少). */
const RANK_ASKED = /名次|排名|排行|排第|第几|\brank/iu;

/** The end of a rank that a list of ranks goes on from (第二、三位: 三位 is the third place, not three people). */
const RANK_LISTED_BEFORE = new RegExp(`${ORDINAL_TEXT}[、和及与至到]$`, 'u');

/**
 * Whether a span is a rank (第一位, 第3名, or 三位 of 第二、三位: `before` is the sentence's text
 * before it) that a question asks no rank of: no count, whatever unit it ends in.
 */
export function rankUnasked(span: string, question: string, before = ''): boolean {
  return (ORDINAL_START.test(span) || RANK_LISTED_BEFORE.test(before)) && !RANK_ASKED.test(question);
}

/** A span read in its sentence, as far as telling a rank needs it. */
interface SpanInSentence {
  proposal: { candidate: { text: string; start: number }; scored: { sentence: { text: string } } };
}

/** `rankUnasked` of a span read in its sentence, the text before it included. */
export function rankUnaskedIn(span: SpanInSentence, question: string): boolean {
  const { candidate, scored } = span.proposal;
  return rankUnasked(candidate.text, question, scored.sentence.text.slice(0, candidate.start));
}

/** A share written in tenths, at the end of a span: 三成, 一成五, 约2成. */
export const IN_TENTHS = /[一二三四五六七八九十两\d]成[一二三四五六七八九半]?$/u;

/** What a figure counts in: the characters after its last digit or numeral (台 of 52台, 万元 of 1.2万元, % of 5%). */
export function unitOf(text: string): string {
  return /[\d〇零一二三四五六七八九十百千万亿两]([^\d〇零一二三四五六七八九十百千两]*)$/u.exec(text)?.[1] ?? '';
}
