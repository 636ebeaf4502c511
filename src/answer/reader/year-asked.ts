import type { AnalysedQuestion } from './analyse.js';
import type { SpanKind } from './candidates.js';
import { likelyRival } from './choose.js';
import { unitOf } from './figures.js';
import type { ScoredSpan } from './read.js';
import { YEARS_FROM_THE_REPORTS } from '../../language/pointing-back.js';

/** Kinds that say what a span is, not how it is built (clause, noun) or what it holds (has_date). */
const ENTITY_KINDS = new Set<SpanKind>(['person', 'place', 'organisation', 'date', 'duration', 'number', 'percent', 'money', 'ordinal', 'title', 'quote']);

/** Kinds of span a sentence gives one of for each year it names. */
const BY_YEAR_KINDS = new Set<SpanKind>(['number', 'percent', 'money', 'date', 'title']);

/** A span under the year asked can take the place of one this much likelier under another year. */
const YEAR_SHARE = 0.3;

/** A year as a question or an article writes it: four digits and 年, a space between at most. */
const YEAR = /(\d{4})\s?年/gu;

/** The year in force at `end` of a text: the last one written before it. */
function yearBefore(text: string, end: number): string | undefined {
  let year: string | undefined;
  for (const match of text.slice(0, end).matchAll(YEAR)) year = match[1];
  return year;
}

/**
 * "2021年的营收是多少？" of "2020年营收约300亿元，2021年将超过350亿元": a sentence that gives a
 * figure for each of several years answers with the one written under the year asked, not under
 * the year before, however near the question's other words stand to it.
 */
export function inTheYearAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const asked = [...question.text.matchAll(YEAR)].map((m) => m[1]!);
  if (!chosen || asked.length !== 1) return chosen;
  const year = asked[0]!;
  const { sentence } = chosen.proposal.scored;
  const under = (s: ScoredSpan) => yearBefore(sentence.text, s.proposal.candidate.end);
  const own = under(chosen);
  if (own === undefined || own === year || !sentence.text.includes(year)) return chosen;
  const onlyTheYear = new RegExp(`^${year}\\s?年?$`, 'u');
  const isYear = (s: ScoredSpan) => onlyTheYear.test(s.proposal.candidate.text);
  // Of the same kind as the chosen span (a sum of money for a sum of money, not its bare figure).
  const kinds = chosen.proposal.candidate.kinds.filter((k) => ENTITY_KINDS.has(k));
  // Only a figure, a date or a title: what a sentence lists year by year (产值, 主演《某剧》), seldom
  // its people or things.
  if (!kinds.some((k) => BY_YEAR_KINDS.has(k))) return chosen;
  const alike = (s: ScoredSpan) => kinds.every((k) => s.proposal.candidate.kinds.includes(k));
  return likelyRival(spans, chosen, YEAR_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && under(s) === year && !isYear(s) && alike(s));
}

/** A year as written, in digits (2023年) or counted from the report's (去年); not 去年同期's comparison (比去年, 较上年). */
const YEAR_WRITTEN = new RegExp(`(?<![比较同于])(?:(\\d{4})\\s?年(?![代度]?[\\d一二三四五六七八九十]+)|(${Object.keys(YEARS_FROM_THE_REPORTS).join('|')}))(?!同期)`, 'gu');

/** The years a text writes, each as a key: "2023" for 2023年, "+0" for 今年. */
function yearsWritten(text: string): string[] {
  return [...text.matchAll(YEAR_WRITTEN)].map(yearKey);
}

/** A year's key from a match whose first group is its digits (2023) and second a year counted from the report's (去年). */
function yearKey(match: RegExpMatchArray | RegExpExecArray): string {
  if (match[1] !== undefined) return match[1];
  const offset = YEARS_FROM_THE_REPORTS[match[2]!]!;
  return `${offset >= 0 ? '+' : ''}${offset}`;
}

/**
 * A question asking over years from one on (1975年到后十年, 2010年以来): later years' figures answer
 * it. Not this year's (今年以来, 本年以来): from it on is this year alone, which last year's figure is not.
 */
const FROM_A_YEAR_ON = /(?<![今本])年[^，。？?]{0,4}(?:到|至|以来|期间|之间|之后|以后|后)/u;

/** Whether two year keys are written alike (both in digits, or both counted from the report's year), so can be told apart. */
const alikeWritten = (a: string, b: string) => /^\d/u.test(a) === /^\d/u.test(b);

/**
 * "这家公司去年全年一共卖了多少辆车？" of a report giving only 今年1—3月…交付新车41,376辆: a figure
 * asked of one year, whose chosen span stands under another year written the same way (in digits,
 * or counted from the report's: 去年 against 今年), is another year's figure. The year asked, when so.
 * Not when the question asks of two years (比去年增长多少), nor when the span's sentence names no year.
 */
export function yearOfAnother(chosen: ScoredSpan | undefined, question: AnalysedQuestion): string | undefined {
  const asked = yearsWritten(question.text);
  if (!chosen || asked.length !== 1 || FROM_A_YEAR_ON.test(question.text)) return undefined;
  const year = asked[0]!;
  // Written right under the year asked, even inside a comparison (比去年全年的52台): that year's.
  if (yearRightBefore(chosen) === year) return undefined;
  const { sentence } = chosen.proposal.scored;
  const before = yearsWritten(sentence.text.slice(0, chosen.proposal.candidate.start));
  const own = before.at(-1);
  if (own === undefined || own === year || !alikeWritten(own, year)) return undefined;
  // The sentence gives the year asked as well: which figure is whose is inTheYearAsked's to say.
  if (yearsWritten(sentence.text).includes(year)) return undefined;
  return [...question.text.matchAll(YEAR_WRITTEN)][0]![0];
}

/** A rival written right under the year asked may stand far less likely than a figure of another year. */
const ANOTHER_YEARS_SHARE = 0.05;

/**
 * A year written right before a figure, with at most "the whole year" and 的 between (去年全年的52台,
 * 2023年的86亿元), even inside a comparison (比去年全年的52台增加了65%): the figure is that year's.
 */
const YEAR_RIGHT_BEFORE = new RegExp(`(?:(\\d{4})\\s?年|(${Object.keys(YEARS_FROM_THE_REPORTS).join('|')}))(?:全年度?|一年|全年共|共)?的?$`, 'u');

/** The year key (as `yearsWritten` gives it) written right before a span, if any. */
function yearRightBefore(span: ScoredSpan): string | undefined {
  const { sentence } = span.proposal.scored;
  const match = YEAR_RIGHT_BEFORE.exec(sentence.text.slice(0, span.proposal.candidate.start));
  return match ? yearKey(match) : undefined;
}

/**
 * "去年一年一共装好了几台电梯？" where the chosen figure stands under another year (明年将新开工120台)
 * and the decision would refuse it: a figure in the same unit written right under the year asked,
 * anywhere in the article (比去年全年的52台增加了65%), is that year's.
 */
export function ofTheYearAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || yearOfAnother(chosen, question) === undefined) return chosen;
  const asked = yearsWritten(question.text)[0];
  const unit = unitOf(chosen.proposal.candidate.text);
  if (asked === undefined || unit === '') return chosen;
  return likelyRival(spans, chosen, ANOTHER_YEARS_SHARE, (s) => s !== chosen && unitOf(s.proposal.candidate.text) === unit && yearRightBefore(s) === asked);
}
