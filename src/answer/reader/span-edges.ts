// The chosen span's edges moved out to where the thing it names ends, read from the writing alone.
// jieba cuts foreign names at their dot, splits a figure from its measure word and a range from its
// first figure; a reader expects 《远方的河》, 艾丽丝·蒙特罗, 费尔南多二世, 31个, 2至4月 whole.
import { isCommonWord } from '../../language/word-frequency.js';
import type { AnalysedQuestion } from './analyse.js';
import { endingAt, type Candidate } from './candidates.js';
import type { PreparedSentence } from './prepare.js';
import { NAME_DOT, isSyllable } from '../../language/transliterated.js';
import { MONTHS_FROM_THE_REPORTS, YEARS_FROM_THE_REPORTS, YEARS_REFERRED_BACK } from '../../language/pointing-back.js';
import { MEASURE_CHARS } from './figures.js';
import { askedGrain, asksFrequency } from './asked-form.js';
import { endsInPlaceHead } from '../../language/place-heads.js';
import { ANY_PLACE } from './locative.js';
import { CHANGE_VERBS } from './answer-types.js';
import { asksChange } from './change-asked.js';

/** A figure written in digits or Chinese numerals, as a span may end or begin with it. */
const FIGURE_END = /[\d〇零一二三四五六七八九十百千万亿两]$/u;
/** A currency written after the 元 of a sum (300万元人民币). */
const CURRENCY_AFTER = /^(?:人民币|港币)/u;
/** Units jieba leaves untagged as measure words (公分/n): a figure's unit whatever its tag. */
const UNIT_AFTER = /^(?:公分|公厘|公尺|公里|公斤|公顷|平方公里|平方米|立方米|吨级|[kcm]?m²|km|kg|cm|mm|℃|°[CF]?|‰)/u;
/** The last figure of a range the span is the start of (300米 至1,500米): a range is answered whole. */
const RANGE_AFTER = /^[至到\-—~～](\d[\d.,]*)/u;
/**
 * The first figure of a range the span is the end of (100米至 2,800米, 2至 4月), with at most a short
 * unit: not a value changed to another (49克降至38克, 6小时提升到10小时), which is no range.
 */
const RANGE_BEFORE = /(?<![\d.,])\d[\d.,]*[^\d\s，。；：、！？,;:!?（）()《》“”降升增涨减提调修]{0,3}?[至到\-—~～]$/u;
/**
 * Tags of a proper noun, and of a lone character that may be the front of one: a direction or a
 * quality (西/f, 新/a + 罗马), or a transliteration character (卡, 圣 + a foreign name). A lone
 * noun is more often a word of its own (命 + the person ordered, 省 + a place).
 */
const PROPER = /^(?:nr|nrt|nrfg|ns|nt|nz)$/;
const GLUED = /^(?:f|a|ag|b|j)$/;
/** Verbs, prepositions and other words of the sentence's own grammar (派 + who was sent, 因 + a cause): never a name's front. */
const FUNCTION_TAG = /^[vpcdurmq]/;
/** A preposition or the copula 为 before a date or a figure: 于, 在, 自, 从, 至, 到, 为 (约为 too) + a figure or a time word. */
const LEADING_PREPOSITION = /^(?:约|大约)?[于在自从至到为](?=[\d〇零一二三四五六七八九十两上下中去今明前后本同当]|[春夏秋冬])/u;
/** A measure word jieba left glued to the next word (个国家, 颗XYZ): the figure takes the measure alone. */
const MEASURE_WORD = new RegExp(`^[${MEASURE_CHARS}]`, 'u');
/** A ruler's number after their name (费尔南多二世). */
const REGNAL = /^[一二三四五六七八九十]{1,3}世/u;
/** "第几区": the measure word the question writes after 第几, which the answer's ordinal takes too. */
const ASKED_ORDINAL_WORD = /第几([^\s\p{P}])/u;
const ORDINAL_ONLY = /^第[\d〇零一二三四五六七八九十百千]+$/u;
/** A place's smaller parts jieba writes as words of their own (杭州市, 区, 延安路 12 号). */
const PLACE_WORD = /^(?:ns|nsf)$/;
const PLACE_PART = /^[省市县区镇乡村州郡街路巷道号]$/u;
/** A part of an address named as one word jieba does not tag a place (某屯区/nz, 某某大道). */
const NAMED_PART = /^\p{Script=Han}{1,6}(?:区|县|镇|乡|村|街道|路|街|巷|大道)$/u;
/** A date that can be a deadline: it ends with a day, a month, a year or a part of one (底, 初, 中旬). */
const DEADLINE_DAY = /(?:\d|[一二三四五六七八九十])\s*[日号月年]$|[月年][底初末]$|[上中下]旬$/u;
/** 前 after it, as "by", not opening a word (前往, 前夕, 前来) or a length counted back (前三天). */
const DEADLINE_AFTER = /^前(?![往夕来后进途景列身线方任\d一二三四五六七八九十两几半])/u;
/** The side of a river or a lake (某溪北岸): where on it. */
const BANK = /^[东南西北][岸侧畔]$/u;
/** Words joining two people into one answer (王甲和赵乙, 张某与李某). */
const JOINING = /^[和与及、]$/u;
/** The same year in another calendar, in brackets right after a year (承平3年（1533年）, 1961年（昭和36年）). */
const OTHER_CALENDAR_AFTER = /^\s?[（(][^（）()，。；]{1,10}?年[）)]/u;
/** A year counted in a reign or an era (承平3年, 某某四十四年, 39年, 十三年; not 1939年). */
const REIGN_COUNT = '(?:\\d{1,3}|[〇零一二三四五六七八九十百元]{1,5})年';
/** Such a year written right before a bracket. */
const ERA_YEAR_BEFORE = new RegExp(`${REIGN_COUNT}\\s?$`, 'u');
/** Such a year, as the span starts with it. */
const REIGN_YEAR = new RegExp(`^${REIGN_COUNT}`, 'u');
/** The bare first figure of a range of months or days (2至 + 4月): 到 is left out, as often "until". */
const DAY_RANGE_BEFORE = /(?<![\d.,年月])\d{1,2}\s?[至\-—~～]$/u;
/** The rest of a Latin run after a span's last letter (Flora + " Hewlett Foundation"), word by word. */
const LATIN_RUN_AFTER = /^[A-Za-z.'&]*(?:[ \-][A-Za-z][A-Za-z.'&]*)*/;
/** The rest of a Latin run before a span's first letter ("Andrew W. " + Mellon). */
const LATIN_RUN_BEFORE = /(?:[A-Za-z][A-Za-z.'&]*[ \-])*[A-Za-z.'&]*$/;
/** The part of a year or a month a date goes on with (2015年 + 年底, 3月 + 中旬, 2026年 + 第二季, 2021年 + 秋天; not 春节). */
const PART_AFTER = /^(?:年底|年初|年中|年末|上半年|下半年|中旬|上旬|下旬|底|初|末|第[一二三四1-4]季度?|[一二三四1-4]季度|[春夏秋冬](?:天|季度|季)|[春夏秋冬](?!\p{Script=Han}))/u;

/**
 * A date counted in an era is named with its era (民国 + 39年, 至元 + 十三年): the count alone
 * dates nothing. A date the article gives as part of a year or month (2015年年底) is given so,
 * unless the question asks only the year.
 */
function eraAndPart(sentence: PreparedSentence, start: number, end: number, question: AnalysedQuestion): { start: number; end: number } {
  const text = sentence.text;
  const era = sentence.tokens.find((t) => t.end === start);
  if (REIGN_YEAR.test(text.slice(start, end)) && era && /^\p{Script=Han}{2,4}$/u.test(era.word) && !FUNCTION_TAG.test(era.tag) && !/^[tm]/u.test(era.tag)) start = era.start;
  const part = PART_AFTER.exec(text.slice(end))?.[0];
  if (part && /[年月]$/u.test(text.slice(start, end)) && askedGrain(question) !== 'year') end += part.length;
  return { start, end };
}

/** A year, then the month of the same date (1953年10月4日, 十三年二月): a year's end the day does not continue. */
const YEAR_THEN_MONTH = /^(.*?(?:\d{1,4}|[〇零一二三四五六七八九十百元]{1,5})年)(?=\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)/u;

/**
 * "哪一年…？" asks a year: a date the article gives to the day (1953年10月4日) answers with the
 * year it opens with, as a reader asked for the year expects; the sentence cited gives the rest.
 */
export function yearAsked(candidate: Candidate, question: AnalysedQuestion): Candidate {
  if (question.type !== 'date' || askedGrain(question) !== 'year') return candidate;
  const year = YEAR_THEN_MONTH.exec(candidate.text)?.[1];
  if (!year) return candidate;
  return { ...candidate, end: candidate.start + year.length, text: year };
}

/**
 * Where a date the span leaves out was last written, nearest first: its sentence before it, then
 * the sentences before that, at most `back` of them; each with its sentence's order.
 */
function textsBefore(candidate: Candidate, sentence: PreparedSentence, sentences: readonly PreparedSentence[], back = Infinity): { text: string; order: number }[] {
  const texts = [{ text: sentence.text.slice(0, candidate.start), order: sentence.order }];
  for (let order = sentence.order - 1; order >= 0 && texts.length <= back; order--) texts.push({ text: sentences[order]!.text, order });
  return texts;
}

/** A year the text refers back to rather than names (同年, 这一年), then the rest of its date; not 当年代 or 是年份. */
const SAME_YEAR = new RegExp(`^(?:${YEARS_REFERRED_BACK.join('|')})(?![代份度])`, 'u');
/** A year as written: 1606年, 公元前221年, 民国39年 (an era's count keeps its era). */
const WRITTEN_YEAR = new RegExp(`(?:公元前|前)?\\d{3,4}年|\\p{Script=Han}{2}${REIGN_COUNT}`, 'gu');
/** A day or a month written without its year (19日, 11月, 十月十八日). */
const YEARLESS = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[月日号]/u;
/** How many sentences back the year referred to is looked for. */
const YEAR_BACK = 3;

/**
 * "哪一年…？" answered with 同年 names no year: the answer is the year the text referred back to —
 * the last one written before it, in its sentence or the few before — with the rest of the date
 * (同年9月 → 1999年9月; only the year when only the year is asked). Left as written when no year
 * stands close enough.
 */
export function yearNamed(candidate: Candidate, sentence: PreparedSentence, question: AnalysedQuestion, sentences: readonly PreparedSentence[]): Candidate {
  if (question.type !== 'date') return candidate;
  const same = SAME_YEAR.exec(candidate.text)?.[0];
  // "哪一年" answered with a day or a month the text wrote without its year (20日又签订…; 11月，…).
  const yearless = !same && askedGrain(question) === 'year' && YEARLESS.test(candidate.text) && !candidate.text.includes('年');
  if (!same && !yearless) return candidate;
  for (const { text, order } of textsBefore(candidate, sentence, sentences, YEAR_BACK)) {
    const year = [...text.matchAll(WRITTEN_YEAR)].pop()?.[0];
    if (!year) continue;
    // Where the year was written, when another sentence: the reply quotes it too.
    const anchor = order === sentence.order ? {} : { anchor: order };
    // 哪一年 asks only the year: 同年底 answers it with the year.
    return { ...candidate, ...anchor, text: askedGrain(question) === 'year' || !same ? year : year + candidate.text.slice(same.length) };
  }
  return candidate;
}

/** Words for the day just told of (同日发布的…): they date by pointing back, as 同年 does. */
const SAME_DAY = /^(?:同日|同一天|当日|当天)$/u;
/** A day as a report writes it, with its month (3月5日, 2024年3月5日, 三月五日). */
const WRITTEN_DAY = /(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/gu;
/**
 * A date question answered with 同日 or 当天 alone: the day it points back to, the last one the
 * article wrote before it (同日发布的预案 after 3月5日晚间披露年报 → 3月5日), the reply quoting that
 * sentence too. Left as it is when no day was written before.
 */
export function dayNamed(candidate: Candidate, sentence: PreparedSentence, question: AnalysedQuestion, sentences: readonly PreparedSentence[]): Candidate {
  if (question.type !== 'date') return candidate;
  const bare = BARE_DAY.exec(candidate.text);
  // Not a figure the question counts with (那17个项目 of 17日下午): that day is no answer, and the decision says so.
  if (bare && !/[月年]\s*$/u.test(sentence.text.slice(0, candidate.start)) && !new RegExp(`(?<!\\d)${bare[1]}(?!\\d)`, 'u').test(question.text)) return monthNamed(candidate, Number(bare[1]), sentence, sentences);
  if (!SAME_DAY.test(candidate.text)) return candidate;
  // As far back as the lead: a report names its day once, there, and points back to it after.
  for (let order = sentence.order - 1; order >= 0; order--) {
    const day = [...sentences[order]!.text.matchAll(WRITTEN_DAY)].pop()?.[0];
    if (day) return { ...candidate, anchor: order, text: day };
  }
  return candidate;
}

/** A day written in digits without its month (28日上午10时). */
const BARE_DAY = /^(\d{1,2})[日号]/u;
/** How many days before the last day written a bare day may be and still be of its month. */
const DAYS_BEFORE = 7;

/**
 * "哪天通车的？" answered with 28日 of a lead that gives the month only in its dateline (新华社南昌
 * 12月28日电…28日上午10时，…): the bare day is of the month of the last day written before it, when it
 * is that day or a few days before it (a report dated the 29th tells of the 28th). Its month is
 * then written before it, the reply quoting that sentence too when another.
 */
function monthNamed(candidate: Candidate, day: number, sentence: PreparedSentence, sentences: readonly PreparedSentence[]): Candidate {
  for (const { text, order } of textsBefore(candidate, sentence, sentences)) {
    const written = [...text.matchAll(WRITTEN_DAY)].pop()?.[0];
    if (!written) continue;
    const parts = /^(.*月)(\d{1,2})[日号]$/u.exec(written);
    if (!parts) return candidate;
    const gap = Number(parts[2]) - day;
    if (gap < 0 || gap > DAYS_BEFORE) return candidate;
    return { ...candidate, ...(order === sentence.order ? {} : { anchor: order }), text: parts[1] + candidate.text };
  }
  return candidate;
}

/** A month or a year counted from the report's or the one just told of, right before a day or a month (本月, 明年, 同年). */
const COUNTED_FROM_BEFORE = new RegExp(`(?:${[...MONTHS_FROM_THE_REPORTS, ...Object.keys(YEARS_FROM_THE_REPORTS), ...YEARS_REFERRED_BACK, '次年'].join('|')})$`, 'u');

/** The span with its edges moved out to whole titles, names, figures with their units and ranges. */
export function wholeSpan(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const text = sentence.text;
  let { start, end } = candidate;
  const span = () => text.slice(start, end);

  // A date or a figure asked for starts at its figure, not at the preposition before it (于1736年, 至某朝时期).
  const leading = LEADING_PREPOSITION.exec(span());
  if (leading && (question.type === 'date' || question.type === 'number' || question.type === 'duration')) start += leading[0].length;
  // A year the article writes in two calendars is answered in both, as the article writes it: a
  // reign's year and its common-era year in brackets, or the other way round (1961年（昭和36年）).
  if (question.type === 'date' && /年$/u.test(span())) {
    const other = OTHER_CALENDAR_AFTER.exec(text.slice(end));
    if (other) end += other[0].length;
    else if (/[（(]/u.test(text[start - 1] ?? '') && /[）)]/u.test(text[end] ?? '')) {
      const open = start - 1;
      const year = ERA_YEAR_BEFORE.exec(text.slice(0, open));
      const era = year && sentence.tokens.find((t) => t.end === open - year[0].length);
      if (era && /^\p{Script=Han}{2,4}$/u.test(era.word) && !FUNCTION_TAG.test(era.tag)) {
        start = era.start;
        end++;
      }
    }
  }
  // A day written after the month or the year it is counted in (本月21日, 明年3月): that word is
  // part of the date, which without it names no month (21日至11月20日).
  if (question.type === 'date') {
    const counted = COUNTED_FROM_BEFORE.exec(text.slice(0, start));
    if (counted && /^[\d〇零一二三四五六七八九十]/u.test(span())) start -= counted[0].length;
  }
  if (question.type === 'date') ({ start, end } = eraAndPart(sentence, start, end, question));
  // A day with 前 after it is a deadline (12月底前发布, 5月31日前整改到位): "by" that day, which the day
  // alone does not say. Not 前往 or 前夕, nor a length counted back from it (春节前三天).
  if (question.type === 'date' && DEADLINE_DAY.test(span()) && DEADLINE_AFTER.test(text.slice(end))) end++;
  // "在哪里" asked of no class (not 哪个国家) is answered with the whole address the article writes
  // (浙江省杭州市延安路12号, not its first part): a place goes on over the places inside it.
  // (什么地方 names no class: 地方 is any place.)
  const anyPlace = question.askedClass.every((w) => ANY_PLACE.has(w));
  if (question.type === 'place' && anyPlace) end = addressEnd(sentence, end);
  // A place asked ends at a place's head (云雾 + 村, 镇中心 + 小学): a name cut before its head names no place.
  // Nor does it start with the preposition jieba glued to its first character after a verb (撤离 + 至镇 + 中心),
  // unless jieba took the two for a place it knows (于都/ns). (A class asked, 哪个省 or 哪个国家, is
  // answered at its own level: 某省, not 某省某市.)
  if (question.type === 'place') {
    const opening = sentence.tokens.find((t) => t.start === start);
    if (GLUED_PREPOSITION.test(span()) && /\p{Script=Han}/u.test(text[start - 1] ?? '') && opening !== undefined && opening.word.length > 1 && !PLACE_WORD.test(opening.tag)) start++;
    if (anyPlace) end = placeHeadEnd(sentence, start, end);
  }
  // People named together (某总督A和B) are answered together, but not one the question names itself (X和谁…).
  if (question.type === 'person') ({ start, end } = joinedPeople(sentence, start, end, question.text));
  // A title is written in its marks (《远方的河》): both CMRC and DRCD answers keep them, and so do readers.
  if (text[start - 1] === '《' && text[end] === '》') {
    start--;
    end++;
  }
  // A name goes on over a bound character jieba left alone beside it (深水 + 埗, 鲗 + 鱼涌): one that
  // is never a word by itself (its tags zg and g) belongs to the name it stands against.
  if (ANSWERED_BY_A_NAME.has(question.type)) {
    const after = sentence.tokens.find((t) => t.start === end);
    if (after !== undefined && isBoundCharacter(after)) end = after.end;
    const before = sentence.tokens.find((t) => t.end === start);
    if (before !== undefined && isBoundCharacter(before)) start = before.start;
  }
  // A foreign name goes on over its dots (艾丽丝·蒙特罗): jieba cuts it at each one.
  if (isSyllable(text[end - 1] ?? '')) {
    while (NAME_DOT.test(text[end] ?? '') && isSyllable(text[end + 1] ?? '')) end = syllablesFrom(text, end + 1, 1);
  }
  if (isSyllable(text[start] ?? '')) {
    while (NAME_DOT.test(text[start - 1] ?? '') && isSyllable(text[start - 2] ?? '')) start = syllablesFrom(text, start - 2, -1) + 1;
  }
  // A Latin name or title goes on over its spaces (William and Flora Hewlett Foundation): jieba cuts it at each word.
  if (/[A-Za-z]/.test(text[end - 1] ?? '')) end += LATIN_RUN_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  if (/[A-Za-z]/.test(text[start] ?? '')) start -= LATIN_RUN_BEFORE.exec(text.slice(0, start))?.[0].length ?? 0;
  const regnal = REGNAL.exec(text.slice(end));
  if (regnal && sentence.tokens.some((t) => t.tag.startsWith('nr') && t.end === end)) end += regnal[0].length;
  // The number alone (二世) names no one: the name before it does.
  if (REGNAL.exec(span())?.[0] === span()) {
    const name = sentence.tokens.find((t) => t.end === start && t.tag.startsWith('nr'));
    if (name) start = name.start;
    else if (isSyllable(text[start - 1] ?? '')) start = syllablesFrom(text, start - 1, -1) + 1;
  }

  // A proper noun takes a lone character jieba cut off its front (新 + 罗马).
  const head = sentence.tokens.find((t) => t.start === start);
  const before = sentence.tokens.find((t) => t.end === start);
  if (head && before && PROPER.test(head.tag) && before.word.length === 1 && /\p{Script=Han}/u.test(before.word) && (GLUED.test(before.tag) || (isSyllable(before.word) && !FUNCTION_TAG.test(before.tag)))) start = before.start;

  // A figure takes its measure word or unit (31 + 个, 300 + 公厘): without it, it counts nothing.
  if (FIGURE_END.test(span())) {
    // One space may stand between them in copied text (2 颗).
    const gap = text[end] === ' ' ? 1 : 0;
    const next = sentence.tokens.find((t) => t.start === end + gap);
    const unit = UNIT_AFTER.exec(text.slice(end + gap))?.[0] ?? (next?.tag === 'q' ? next.word : MEASURE_WORD.exec(next?.word ?? '')?.[0] ?? '');
    if (unit) end += gap + unit.length;
  }
  // A sum named in its currency after 元 (300万元人民币): without it, the reader asks which 元.
  if (/\d[万亿]?元$/u.test(span())) end += CURRENCY_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  // The end of a range takes its start (100米至2,800米), unless the question gave the start itself
  // (2006年至哪一年). Not for dates: 到 before a year is as often "until" as a range (一直到1233年).
  if (question.type !== 'date' && /^\d/u.test(span())) {
    const range = RANGE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    const from = range && /^[\d.,]+/u.exec(range[0])?.[0];
    if (range && from && !question.text.includes(from)) start -= range[0].length;
  }
  // A range of months or days written with its unit once (2至4月, 15-17日) is a range of dates: its first figure is bare.
  if (question.type === 'date' && /^\d{1,2}[月日号]/u.test(span())) start -= DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0;
  // And the start of a range takes its end, unless the question gave the end (1,500米以下有多少种).
  if (question.type !== 'date' && /^\d/u.test(span())) {
    const range = RANGE_AFTER.exec(text.slice(end));
    const unit = /[^\d.,]+$/u.exec(span())?.[0] ?? '';
    // The same unit written after both figures (300米至1,500米).
    if (range && unit && !question.text.includes(range[1]!) && text.startsWith(unit, end + range[0].length)) end += range[0].length + unit.length;
  }
  // A figure the article bounds (近300年, 逾百人, 超过2000个) is given with its bound: alone it says
  // more than the article does. A month the article dates by its year's name (明年3月2日) keeps it.
  const figure = (question.type === 'number' || question.type === 'duration') && FIGURE_START.test(span());
  // A sum in 元 names its currency before the figure (新台币3,200万元, 人民币3亿元): 3,200万元 alone reads as yuan.
  if (figure && span().endsWith('元')) start -= CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[0].length ?? 0;
  // A qualifier that is a word of its own: 约 of 签约两年半, 近 of 最近 are the end of another word.
  // (Not a bound the question asks in its own words, 至少是多少: the figure alone answers it.)
  const qualifier = figure ? QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[0] : undefined;
  const askedBound = qualifier !== undefined && AT_LEAST_OR_MOST.includes(qualifier) && BOUND_ASKED.test(question.text);
  if (qualifier && !askedBound && sentence.tokens.some((t) => t.start === start - qualifier.length)) start -= qualifier.length;
  // A change asked (涨了多少, 同比下降多少) is answered with its word of change and the basis the
  // article counts it on (同比上涨0.8%, 环比下降1.6%, 扩大0.3个百分点): the figure alone says neither
  // which way it went nor against what, and a change on the month before is not one on the year before.
  const change = figure && asksChange(question.text) ? CHANGE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[0] : undefined;
  if (change && sentence.tokens.some((t) => t.start === start - change.length)) start -= change.length;
  if (question.type === 'date' && /^\d{1,2}月/u.test(span())) start -= NAMED_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 2), start))?.[0].length ?? 0;
  // …and so is one it bounds after (10年以上, 10分钟以内, 5000元以下), unless the question writes the
  // bound itself (10年以上的有几人): 10年 for 10年以上有期徒刑 says less than the article does.
  const bound = figure && MEASURED_END.test(span()) ? BOUND_AFTER.exec(text.slice(end))?.[0] : undefined;
  if (bound && !question.text.includes(bound) && !BOUND_ASKED.test(question.text)) end += bound.length;
  // A figure of a rate is given per what it counts (每斤1.19元, 每吨650元): 1.19元 alone is no price of
  // anything. Not a rate in time (每年, 每天), which the question asks in its own words (每天有多少人).
  const rate = figure ? RATE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[0] : undefined;
  if (rate && !RATE_IN_TIME.test(rate) && !question.text.includes(rate) && sentence.tokens.some((t) => t.start === start - rate.length)) start -= rate.length;
  // A day the article gives with its hour (11月28日零点, 3月8日上午8时30分) is answered with it, unless
  // only the year or the month is asked: the hour is when on that day.
  if (question.type === 'date' && DAY_END.test(span()) && !['year', 'month'].includes(askedGrain(question))) end += CLOCK_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  // How often asked (幾耐一班), a period or a length is given with the once it counts (每20分鐘一班, 8至10分鐘一班).
  if (question.type === 'duration' && asksFrequency(question)) end += ONCE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
  // "第几区？" answered 第三 takes its 区.
  const asked = ASKED_ORDINAL_WORD.exec(question.text)?.[1];
  if (asked && ORDINAL_ONLY.test(span()) && text[end] === asked) end++;

  if (start === candidate.start && end === candidate.end) return candidate;
  const first = sentence.tokens.findIndex((t) => t.end > start);
  const lastIndex = sentence.tokens.findIndex((t) => t.end >= end);
  return {
    ...candidate,
    first: first < 0 ? candidate.first : first,
    last: lastIndex < 0 ? sentence.tokens.length - 1 : lastIndex,
    start,
    end,
    text: text.slice(start, end),
  };
}

/** The once a period counts, right after it (每20分钟一班, 每周一次). */
const ONCE_AFTER = /^一[次班趟轮回]/u;

/** The qualifiers before a figure that bound it at least or at most, which a question may ask in its own words (至少是多少). */
const AT_LEAST_OR_MOST: readonly string[] = ['至少', '最少', '最多', '不少于', '不超过', '不低于'];

/** A figure at a span's start, in digits or Chinese numerals. */
const FIGURE_START = /^[\d〇零一二三四五六七八九十百千两半]/u;
/**
 * Words right before a figure that bound it (近, 逾, 超过, 突破, 不到, 至少, 不超过): "more than 2,000" is not 2,000.
 * And 约, 大约, which round it, with the copula or 需 the article writes after them (约为9.3万元,
 * 约需45分钟): "about 9 hours" is what the article knows, not 9 hours. (DRCD's answers leave them
 * out, CMRC's keep them: over every public question, F1 summed −0.7; the news sets' keys keep them.
 * 约为 and 突破 kept too: three CMRC answers better, none worse.)
 */
const QUALIFIER_BEFORE = new RegExp(`(?:将近|接近|近|逾|超过|突破|不到|不足|${AT_LEAST_OR_MOST.join('|')}|(?:大约|约)[为需]?)$`, 'u');

/** A word of change right before a figure, with the basis it is counted on (同比, 环比) before it. */
const CHANGE_WORD_BEFORE = new RegExp(`(?:同比|环比)?(?:${CHANGE_VERBS.join('|')})了?$`, 'u');
/** A currency whose sums are written in 元, named before the figure (folded to simplified script). */
const CURRENCY_BEFORE = /(?:人民币|新台币|台币|港币|澳门币)$/u;

/** A figure's unit or measure at a span's end (10年, 5000元, 3万余吨), not a bare figure. */
const MEASURED_END = /\p{Script=Han}$/u;
/** Words right after a figure's unit that bound it: at least, at most, within, about. */
const BOUND_AFTER = /^(?:以上|以下|以内|之内|左右|上下|开外|出头|之多)/u;
/** A question that asks the bound in its own words (至少多久, 低于多少): the figure alone answers it. */
const BOUND_ASKED = /至少|最少|最多|至多|不超过|超过|不到|低于|高于|多于|少于|以上|以下|以内/u;
/** "Per" and what a rate counts by, right before its figure (每斤, 每吨, 每平方米, 每人次). */
const RATE_BEFORE = /每\p{Script=Han}{1,3}$/u;
/** A rate in time: how often, not per what. */
const RATE_IN_TIME = /^每(?:年|天|日|月|周|星期|小时|分钟|秒|季度?|届|次|场|晚)/u;
/** A span ending on a day (28日, 初五, 当天). */
const DAY_END = /(?:\d|[一二三四五六七八九十])[日号]$|当天$/u;
/** An hour of the day right after a day, with its part of the day (零点, 上午8时30分, 凌晨2时许). */
const CLOCK_AFTER = /^(?:[上下中]午|凌晨|早上|早晨|晚上|晚间|傍晚|夜间|深夜|清晨)?(?:\d{1,2}|[零一二三四五六七八九十]{1,3})[时点](?:\d{1,2}分|[一二三四五]十分|半)?(?:许|左右|整)?/u;

/** A year named relative to the report's (明年, 去年) right before a month. */
const NAMED_YEAR_BEFORE = /(?:明年|今年|去年|前年|后年|次年|同年|当年)$/u;

/** A person's name widened over the names joined to it by 和, 与, 及, 、 (each a name the question does not write). */
function joinedPeople(sentence: PreparedSentence, start: number, end: number, asked: string): { start: number; end: number } {
  const tokens = sentence.tokens;
  const isName = (t: PreparedSentence['tokens'][number] | undefined) => t !== undefined && t.tag.startsWith('nr') && t.word.length >= 2 && !asked.includes(t.word);
  let first = tokens.findIndex((t) => t.start === start);
  let last = tokens.findIndex((t) => t.end === end);
  if (first < 0 || last < 0 || !tokens[last]!.tag.startsWith('nr')) return { start, end };
  while (JOINING.test(tokens[last + 1]?.word ?? '') && isName(tokens[last + 2])) last += 2;
  while (JOINING.test(tokens[first - 1]?.word ?? '') && isName(tokens[first - 2])) first -= 2;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** Where an address starting with a place that ends at `end` ends: over places, their parts, house numbers. */
function addressEnd(sentence: PreparedSentence, end: number): number {
  const tokens = sentence.tokens;
  let at = tokens.findIndex((t) => t.end === end);
  if (at < 0 || !(PLACE_WORD.test(tokens[at]!.tag) || PLACE_PART.test(tokens[at]!.word))) return end;
  for (let next = tokens[at + 1]; next; next = tokens[at + 1]) {
    const after = tokens[at + 2];
    if (PLACE_WORD.test(next.tag) || PLACE_PART.test(next.word) || /^\d+号$/u.test(next.word) || NAMED_PART.test(next.word) || BANK.test(next.word)) at += 1;
    // A district jieba does not know, cut off its unit (某中 + 区).
    else if (after && PLACE_PART.test(after.word) && /^\p{Script=Han}{1,4}$/u.test(next.word) && !FUNCTION_TAG.test(next.tag)) at += 2;
    // A house number (12 + 号), or a lone quality or direction glued to the next place (西 + a place).
    else if (after && ((/^\d+$/u.test(next.word) && after.word === '号') || (next.word.length === 1 && GLUED.test(next.tag) && PLACE_WORD.test(after.tag)))) at += 2;
    else break;
  }
  return tokens[at]!.end;
}

/** A preposition of place opening a span of two characters or more (至镇中心). */
const GLUED_PREPOSITION = /^[至于在往赴]\p{Script=Han}{2,}/u;

/** Words that end a place's name however jieba tags them: particles, conjunctions, 在 and the copula. */
const NOT_IN_NAME = /^(?:的|了|着|过|和|与|及|或|等|并|在|于|是|为|将|被|把|对|向|从|已|也|都|就|还|又)$/u;

/** Most characters a place's name runs on past the span to reach its head (云雾 + 村, 镇中心 + 小学). */
const HEAD_REACH = 6;

/** The types of question answered by a name: a place, a person, an organisation. */
const ANSWERED_BY_A_NAME: ReadonlySet<AnalysedQuestion['type']> = new Set(['place', 'person', 'organisation']);

/**
 * A single Han character jieba tags as a bound morpheme (埗/zg, 埔/g) and Chinese at large rarely
 * writes alone: no word by itself. (仍 and 县, tagged so too, are common words: 康熙帝 + 仍 is no name.)
 */
function isBoundCharacter(token: { word: string; tag: string }): boolean {
  return /^\p{Script=Han}$/u.test(token.word) && /^(?:zg|g)$/u.test(token.tag) && !isCommonWord(token.word);
}

/**
 * Where a place ends that the span starts (云雾, 镇中心): at the furthest head of a place within a few
 * characters (云雾村, 镇中心小学), over whatever jieba tagged the pieces of the name (安置/v), never over
 * a function word, a clause mark or a figure. The span's own end when no head follows.
 */
function placeHeadEnd(sentence: PreparedSentence, start: number, end: number): number {
  const text = sentence.text;
  // A span ending in a head already runs on only over nouns (镇中心 + 小学): a verb after a place is the sentence going on.
  const headed = endsInPlaceHead(text.slice(start, end));
  const tokens = sentence.tokens;
  let furthest = end;
  for (let at = tokens.findIndex((t) => t.start === end); at >= 0 && at < tokens.length; at++) {
    const token = tokens[at]!;
    // jieba's tags of a coined name's pieces are guesses (安置/v 点/m): only a function word ends it.
    if (token.end - end > HEAD_REACH || !/^\p{Script=Han}+$/u.test(token.word) || NOT_IN_NAME.test(token.word) || FIGURE_START.test(token.word)) break;
    if (headed && !/^n/u.test(token.tag)) break;
    if (endsInPlaceHead(text.slice(start, token.end))) furthest = token.end;
  }
  return furthest;
}

/**
 * Where a run of transliteration characters starting at `at` ends, going `step` (+1 right, −1
 * left): the index past its last character. One character no table uses may stand inside a name
 * when a table's character follows it (the 都 of a name spelled 史都华).
 */
function syllablesFrom(text: string, at: number, step: 1 | -1): number {
  let i = at;
  while (i >= 0 && i < text.length) {
    if (isSyllable(text[i]!)) i += step;
    else if (/\p{Script=Han}/u.test(text[i]!) && isSyllable(text[i + step] ?? '') && i !== at) i += 2 * step;
    else break;
  }
  return i;
}

/** Longest span read as a phrase rather than a clause, in characters. */
const PHRASE_CHARACTERS = 12;

/** Symbols at a span's edges (a byline's |, a dangling bracket) are not part of any answer. */
export function trimmed(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const text = candidate.text;
  const marks = /^[\s|｜/·•:：,，、;；)）\]】」』”]+/u.exec(text)?.[0].length ?? 0;
  // A phrase (short, no clause mark) never starts on the preposition before its place or time
  // (分布于 | 某某海区, 在 | 某某纪期间, 撤离至 | 某某安置点): jieba's own token 于/在. A clause keeps it (在某赛季…中，…).
  const opening = sentence.tokens[candidate.first];
  const phrase = text.length <= PHRASE_CHARACTERS && !/[，,；;：:。]/u.test(text);
  const preposition = marks === 0 && phrase && candidate.last > candidate.first && opening?.start === candidate.start && /^[于在至]$/u.test(opening.word) && opening.tag.startsWith('p');
  const head = preposition ? opening.end - opening.start : marks;
  // jieba glues a list's 及/和 to the date unit before it (15日及 | 8月16日), and a preposition after
  // it (4日于某某电视台, 7日至): a span never ends on them.
  // Nor on the first character of the word after a sum that jieba glued to its 元 (1万5000元罚 | 锾).
  const tail = /[\s|｜/·•:：,，、;；(（\[【「『“]+$|(?<=[年月日号])[及和与或于在至]$|(?<=\d[万亿]?元)[^\P{Script=Han}起整多余左以上]$/u.exec(text)?.[0].length ?? 0;
  if (head === 0 && tail === 0) return candidate;
  if (head + tail >= text.length) return candidate;
  const start = candidate.start + head;
  const end = candidate.end - tail;
  const first = sentence.tokens.findIndex((t) => t.end > start);
  const last = sentence.tokens.findIndex((t) => t.end >= end);
  return { ...candidate, first: Math.max(first, candidate.first), last: last < 0 ? candidate.last : last, start, end, text: sentence.text.slice(start, end) };
}

/** A figure as jieba leaves it before its measure: digits (70, 18.5) or Chinese numerals. */
const FIGURE_WORD = /^(?:\d[\d.,]*|[〇零一二三四五六七八九十百千万两]+)$/u;

/**
 * A span never opens on the measure of a figure written right before it (70 | 周岁以上老年人): the
 * figure is part of what the span names, so it starts there.
 */
export function withItsFigure(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const before = sentence.tokens[candidate.first - 1];
  if (!before || before.end !== candidate.start || !FIGURE_WORD.test(before.word) || !/^\p{Script=Han}/u.test(candidate.text)) return candidate;
  return { ...candidate, first: candidate.first - 1, start: before.start, text: sentence.text.slice(before.start, candidate.end) };
}

/** jieba's tags of a name: a person's (nr, nrfg, nrt, or a foreign name the reader joined). */
export const PERSON_TAG = /^nr/u;
/** Words of a clause's grammar around a name: verbs, prepositions, particles, adverbs. */
const CLAUSE_TAG = /^(?:v|p|u|d)/u;

/**
 * "谁…？" is answered with the person: a span the ranker took on past the name, into what the
 * person did (某某 | 设计了, 某某 | 派兵) or from the word that introduced them (由 | 某某,
 * 以 | 某某), is cut back to the name. A title before the name stays (省长某某), as do people
 * named together (A和B).
 */
export function personAlone(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  if (question.type !== 'person') return candidate;
  const { tokens } = sentence;
  let first = candidate.first;
  let last = candidate.last;
  const name = tokens.slice(first, last + 1).findIndex((t) => PERSON_TAG.test(t.tag));
  if (name < 0) return candidate;
  const at = first + name;
  if (at > first && tokens.slice(first, at).every((t) => CLAUSE_TAG.test(t.tag))) first = at;
  // A lone adverb or verb character may be the rest of a name jieba cut (a foreign name cut before its last character): not cut there.
  const next = tokens[at + 1];
  if (at < last && next && CLAUSE_TAG.test(next.tag) && (next.word.length >= 2 || /^[pu]/u.test(next.tag))) last = at;
  else {
    // People named together (A和B共同创作): cut after the last of them, when only the clause's grammar follows.
    let lastName = last;
    while (lastName > at && !PERSON_TAG.test(tokens[lastName]!.tag)) lastName--;
    if (lastName > at && lastName < last && tokens.slice(lastName + 1, last + 1).every((t) => CLAUSE_TAG.test(t.tag))) last = lastName;
    // A time after the name (周某今天下午, its given name a word jieba does not read as one): when
    // only times and the clause's grammar follow, the name ends before the first time.
    const time = tokens.findIndex((t, i) => i > at && i <= last && /^t/u.test(t.tag));
    if (time > at && tokens.slice(time, last + 1).every((t) => /^t/u.test(t.tag) || CLAUSE_TAG.test(t.tag))) last = time - 1;
  }
  if (first === candidate.first && last === candidate.last) return candidate;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { ...candidate, first, last, start, end, text: sentence.text.slice(start, end) };
}

/** Marks that open and close an aside, each opener with its closer. */
const ASIDES: ReadonlyMap<string, string> = new Map([['（', '）'], ['(', ')'], ['【', '】']]);
/** Marks that open and close a title or a quotation: the thing a span cut inside is what it names. */
const TITLES_AND_QUOTES: ReadonlyMap<string, string> = new Map([['《', '》'], ['“', '”'], ['「', '」'], ['『', '』'], ['〈', '〉']]);
const PAIRS: ReadonlyMap<string, string> = new Map([...ASIDES, ...TITLES_AND_QUOTES]);
const CLOSERS: ReadonlyMap<string, string> = new Map([...PAIRS].map(([open, close]) => [close, open]));
const TITLE_OR_QUOTE_CLOSERS: ReadonlySet<string> = new Set(TITLES_AND_QUOTES.values());
/**
 * A length of time written in two units (3年8个月, 2小时30分钟, 1年零3个月): the larger unit's figure
 * alone is half of it. After a span ending in a unit, the same figure in the next smaller unit.
 */
const SMALLER_UNIT_AFTER: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // Not a year of the calendar (2019年 + 3月 is a month, not a length).
  [/(?<!\d)\d{1,2}\s*年$|(?<![〇零一二三四五六七八九十百千])[一二三四五六七八九十两半]年$/u, /^零?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*个?月/u],
  [/(?:\d|[一二三四五六七八九十两])\s*(?:天|日)$/u, /^零?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个)?小时/u],
  [/(?:\d|[一二三四五六七八九十两])\s*(?:个)?小时$/u, /^零?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*分钟?/u],
  [/(?:\d|[一二三四五六七八九十两])\s*分钟$/u, /^零?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*秒/u],
];

/** A length of time in whole units, which 半 after it halves on (两年 → 两年半). */
const HALF_AFTER = /(?:\d|[一二三四五六七八九十两])\s*(?:年|个月|天|个?小时)$/u;

/** The chosen length of time with the smaller unit written right after it (3年 → 3年8个月), or its half (两年半). */
export function wholeDuration(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const rest = sentence.text.slice(candidate.end);
  // …or its half (两年半, 3个小时半), not a half of the next unit (两年半年).
  if (HALF_AFTER.test(candidate.text) && /^半(?![年月天日小个周])/u.test(rest)) return endingAt(sentence, candidate, candidate.end + 1) ?? candidate;
  for (const [ends, next] of SMALLER_UNIT_AFTER) {
    if (!ends.test(candidate.text)) continue;
    const more = next.exec(rest)?.[0];
    return (more && endingAt(sentence, candidate, candidate.end + more.length)) || candidate;
  }
  return candidate;
}

/** Spaces and clause marks, which never stand at an answer's edge. */
const EDGE_MARK = /[\s，,、；;：:。]/u;
/** Farthest a span's edge moves to reach the mark that closes or opens what it cut, in characters. */
const PAIR_REACH = 30;

/**
 * A span never cuts an aside, a title or a quotation in two (OFCS（Optronic Fire-control System,
 * Lives"》，…《"Man): the edge moves out to the mark that closes or opens it, when it is near;
 * otherwise the span stops before the mark it could not close (or starts after one it could not open).
 */
export function balanced(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const text = sentence.text;
  // A span written from two sentences (同年 → the year before it) is not a stretch of this one.
  if (text.slice(candidate.start, candidate.end) !== candidate.text) return candidate;
  let { start, end } = candidate;
  const open: number[] = [];
  let unopened = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (PAIRS.has(c)) open.push(i);
    else if (CLOSERS.has(c)) {
      if (open.length > 0 && PAIRS.get(text[open[open.length - 1]!]!) === c) open.pop();
      else if (open.length === 0) unopened = i;
    }
  }
  if (open.length > 0) {
    const first = open[0]!;
    const close = pairedMark(text, first, 1, Math.min(text.length, end + PAIR_REACH));
    if (close > 0) end = close + 1;
    else if (first > start) end = first;
  }
  // A title or a quotation closed inside the span is taken whole; an aside, with the words it is
  // written after, from the start of their clause (某某广场（Place X）, 民国二年（1913年）).
  if (unopened >= 0) {
    const opening = pairedMark(text, unopened, -1, Math.max(0, start - PAIR_REACH));
    const clause = opening < 0 || TITLE_OR_QUOTE_CLOSERS.has(text[unopened]!) ? opening : clauseStart(text, opening);
    if (clause >= 0 && clause < start) start = clause;
    else if (unopened + 1 < end) start = unopened + 1;
  }
  // What the cut leaves at an edge (the comma after an aside's bracket) is no part of the answer.
  while (end > start && EDGE_MARK.test(text[end - 1]!)) end--;
  while (start < end && EDGE_MARK.test(text[start]!)) start++;
  if ((start === candidate.start && end === candidate.end) || end <= start) return candidate;
  const first = sentence.tokens.findIndex((t) => t.end > start);
  const last = sentence.tokens.findIndex((t) => t.end >= end);
  return { ...candidate, first: first < 0 ? candidate.first : first, last: last < 0 ? sentence.tokens.length - 1 : last, start, end, text: text.slice(start, end) };
}

/** Where the clause holding `at` starts, when it starts near (−1 when it runs on further back). */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - PAIR_REACH); i--) if (EDGE_MARK.test(text[i]!)) return i + 1;
  return at < PAIR_REACH ? 0 : -1;
}

/**
 * Where the mark at `at` is paired — going `step` (+1 from an opener to its closer, −1 from a closer
 * to its opener) no further than `limit` — over the pairs nested between: −1 when it is not.
 */
function pairedMark(text: string, at: number, step: 1 | -1, limit: number): number {
  const [same, other] = step === 1 ? [PAIRS, CLOSERS] : [CLOSERS, PAIRS];
  const stack = [text[at]!];
  for (let i = at + step; step === 1 ? i < limit : i >= limit; i += step) {
    const c = text[i]!;
    if (same.has(c)) stack.push(c);
    else if (other.has(c)) {
      if (same.get(stack[stack.length - 1]!) !== c) return -1;
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
