import { tagWords } from '../../language/segmenter.js';
import type { AnalysedQuestion } from './analyse.js';
import { FIGURE_RUN, holdsAskedForm } from './asked-form.js';
import { MEASURE_CHARS } from './figures.js';
import type { ScoredSpan } from './read.js';

// "里面一共被困了几个工人？" answered 一个念头 of a rescuer's quotation: a Chinese figure counts the noun
// written right after it and its measure word, so a figure before another noun (念头) counts
// something else, and a figure read elsewhere right before the noun the question counts (9名工人被困)
// is the count asked.

/** A figure and its measure word at the start of a text (9名, 约1,350名), which counts the noun after them. */
const COUNT_AT_START = new RegExp(`^(?:约|近|逾|共|超过)?${FIGURE_RUN}[${MEASURE_CHARS}]`, 'u');

/** A span's opening figure and measure word, and what follows them in its sentence, when it opens with them. */
function countOf(span: ScoredSpan): { count: string; rest: string } | undefined {
  const { candidate, scored } = span.proposal;
  const count = COUNT_AT_START.exec(candidate.text)?.[0];
  return count === undefined ? undefined : { count, rest: scored.sentence.text.slice(candidate.start + count.length) };
}

/** Whether a span is a count written right before `noun` (9名 of 9名工人被困, or 9名工人): that and nothing more. */
function countsNoun(span: ScoredSpan, noun: string): boolean {
  const counted = countOf(span);
  if (counted === undefined || !counted.rest.startsWith(noun)) return false;
  const { text } = span.proposal.candidate;
  return text === counted.count || text === counted.count + noun;
}

/**
 * Whether a span is a count of a noun other than `noun` (一个念头 for 工人): a noun word follows its
 * measure that shares no character with it — 施工人员 or 职工 may be the 工人 asked, said otherwise.
 */
function countsOtherNoun(span: ScoredSpan, noun: string): boolean {
  const rest = countOf(span)?.rest;
  if (rest === undefined || rest.startsWith(noun)) return false;
  const next = tagWords(rest.slice(0, 8))[0];
  return next !== undefined && /^n(?![rst])/u.test(next.tag) && next.word.length >= 2 && ![...next.word].some((c) => noun.includes(c));
}

/** The likeliest count read of the noun the question counts, in place of a count of another noun. */
export function countedElsewhere(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const noun = question.counted[0];
  if (!chosen || question.type !== 'number' || noun === undefined || !/^\p{Script=Han}{2,}$/u.test(noun)) return chosen;
  if (!countsOtherNoun(chosen, noun)) return chosen;
  const rival = spans.find((s) => s !== chosen && countsNoun(s, noun) && holdsAskedForm(s.proposal.candidate.text, question));
  return rival ?? chosen;
}
