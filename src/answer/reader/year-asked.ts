import type { AnalysedQuestion } from './analyse.js';
import type { SpanKind } from './candidates.js';
import { likelyRival } from './choose.js';
import type { ScoredSpan } from './read.js';

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
