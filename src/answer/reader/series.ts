import { numberFromWords, numberInWords } from '../../language/numerals.js';
import { MEASURE_CHARS, RANGE_MARK } from './figures.js';
import type { Reading } from './read.js';

// Members of a series the article does not reach: a question about the thirteenth of what the
// article numbers up to the twelfth, or the second quarter of a first-quarter report, asks about
// something the article cannot report on (decide.ts refuses it, naming what it lacks).

/**
 * "谁发射了第十三颗卫星？" of an article on the twelfth: the question names a member of a series
 * (第N + measure) beyond the last one the article numbers with the same measure, and writes it in
 * no way, in digits or in words. It asks about something after what the article reports. Not a
 * first or a second, which an article words otherwise (首次, 再次), nor a member before the last
 * numbered one, which it may name otherwise (by its year).
 */
export function absentOrdinal(reading: Reading): string | undefined {
  const text = reading.article.text;
  for (const match of reading.question.text.matchAll(ORDINAL_ASKED)) {
    const [whole, figure, measure] = match as unknown as [string, string, string];
    const value = valueOf(figure);
    if (value === undefined || value < 3) continue;
    const ways = [String(value), numberInWords(value)].filter((w): w is string => w !== undefined);
    if (ways.some((w) => text.includes(`第${w}`) || text.includes(`${w}${measure}`))) continue;
    const numbered = [...text.matchAll(ORDINAL_ASKED)].filter((m) => m[2] === measure).map((m) => valueOf(m[1]!) ?? Infinity);
    if (numbered.length > 0 && numbered.every((n) => n < value)) return whole;
  }
  return undefined;
}

/** A quarter of a year as Chinese or a report writes it: 一季度, 第二季度, Q3. */
const QUARTER = /(?:第?([一二三四1-4])季度|\bQ([1-4])\b)/giu;

/**
 * "一季度营收是多少？" of a year's report that names only its fourth quarter: a quarter the article
 * never names is one it does not report on (a year's results asked of their first quarter). Where
 * it words quarters by their months too (1—3月, 前三个月, 首季), only one after the last it names
 * (二季度 of a report on the first).
 */
export function absentQuarter(reading: Reading): string | undefined {
  const quarters = (text: string) => [...text.matchAll(QUARTER)].map((m) => ({ text: m[0], value: valueOf(m[1] ?? m[2]!)! }));
  const given = quarters(reading.article.text).map((q) => q.value);
  const asked = quarters(reading.question.text);
  if (!MONTHS_OF_QUARTER.test(reading.article.text)) return asked.find((q) => !given.includes(q.value))?.text;
  return given.length === 0 ? undefined : asked.find((q) => given.every((v) => v < q.value))?.text;
}

/**
 * "7号线二期什么时候开工？" of an article on the line's first phase: the question names a member of a
 * series the article numbers (MEMBER: 一期, 3号线, 第五届), beyond the last one it names, in digits or
 * in words, so it asks about a later phase than the one reported. Not a first, which an article
 * words otherwise (首期, 首届); a quarter is absentQuarter's.
 */
export function absentMember(reading: Reading): string | undefined {
  const named = membersNamed(reading.article.text);
  for (const [whole, figure, measure] of reading.question.text.matchAll(MEMBER) as IterableIterator<RegExpMatchArray & [string, string, string]>) {
    const value = valueOf(figure);
    const values = named.get(measure);
    if (value === undefined || value < 2 || measure === '季度' || values === undefined) continue;
    // Beyond the last member named, as absentOrdinal: one before it may be named otherwise (by its year).
    if ([...values].every((v) => v < value)) return whole;
  }
  return undefined;
}

/** Months a quarter or more is reported by (1-3月, 7至9月, 前三个月, 上半年), or the first quarter's other name. */
const MONTHS_OF_QUARTER = new RegExp(`\\d{1,2}\\s*(?:月\\s*)?${RANGE_MARK}\\s*\\d{1,2}\\s*月|前[一二三四五六七八九十两\\d]+个?月|[上下]半年|首季`, 'u');

/** A whole number written in digits or in words. */
function valueOf(figure: string): number | undefined {
  return /^\d+$/u.test(figure) ? Number(figure) : numberFromWords(figure);
}

/** 第 + a whole number in digits or words + the measure word of what it numbers. */
const ORDINAL_ASKED = new RegExp(`第(\\d+|[〇零一二两三四五六七八九十百千]+)([${MEASURE_CHARS}])`, 'gu');

/**
 * A member of a series as news numbers it: a project's phase (一期), a line (2号线), a session (第三届),
 * a round (第5轮), a plant by the size of its wafers (8吋厂, 12英寸).
 */
const MEMBER = /(\d+|[一二三四五六七八九十]+)(期|号线|届|季度|轮|批|代|标段|吋|英寸)/gu;

/** The members of each series a text names: 一期 and 二期 → 期: {1, 2}. */
function membersNamed(text: string): Map<string, Set<number>> {
  const named = new Map<string, Set<number>>();
  for (const [, figure, measure] of text.matchAll(MEMBER) as IterableIterator<RegExpMatchArray & [string, string, string]>) {
    const value = valueOf(figure);
    if (value === undefined) continue;
    const values = named.get(measure) ?? new Set<number>();
    values.add(value);
    named.set(measure, values);
  }
  return named;
}

/** A thing something is compared with: 与第一代产品相比, 相较于上一期, 较上一代. */
const COMPARED_WITH = /(?:与|和|同|跟)[^，。；：]{1,20}?相比|相(?:较|比)于[^，。；：]{1,12}|较上一?\p{Script=Han}{1,2}/gu;

/**
 * Whether a sentence is about another member of a series than the one the question names: it names
 * a member of the same series (2号线二期…) and not the one asked (一期). Its figures are that other
 * member's (二期的线路长约14公里 answers no "一期线路有多长"). Undefined when the question names no member.
 */
export function aboutAnotherMember(question: string): ((sentence: string) => boolean) | undefined {
  const asked = membersNamed(question);
  if (asked.size === 0) return undefined;
  // Asked of every span read, hundreds per sentence: each sentence is read once.
  const known = new Map<string, boolean>();
  return (sentence) => {
    let another = known.get(sentence);
    if (another === undefined) {
      // A member it is only compared with (与第一代产品相比) is not what it is about.
      const named = membersNamed(sentence.replace(COMPARED_WITH, ''));
      another = [...asked].some(([measure, values]) => {
        const there = named.get(measure);
        return there !== undefined && ![...values].some((v) => there.has(v));
      });
      known.set(sentence, another);
    }
    return another;
  };
}
