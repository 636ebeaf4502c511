import type { AnalysedQuestion } from './analyse.js';
import { SCORE_BETWEEN } from './answer-types.js';
import { FIGURE_DIGIT, RANGE_MARK } from './figures.js';
import type { ScoredSpan } from './read.js';
import type { ScoredSentence } from './retrieve.js';

// "出货量有多少？" answered with the whole clause that holds 142万台: where many spans of one short
// sentence overlap, the chooser (choose.ts) rewards the one they all share, which is the clause. A
// figure asked is answered with a figure: the one inside the chosen clause nearest the question's words.

/** A figure that ends in a unit: a character of one, a percent sign or a letter, not a numeral (万, 亿). */
const UNIT_ENDED = /\d[^，。；：]*[^\d\s〇零一二三四五六七八九十百千万亿兆两.,，~～\-—至到]$/u;

/** What goes on right after a span: a letter of its unit (182 of 182CM), more of the figure (3分33秒 of 3分33秒62), or the rest of a range (6.1元 of 6.1元至6.5元). */
const UNIT_GOES_ON = new RegExp(`^(?:[A-Za-z\\d]|\\s*${RANGE_MARK}\\s*${FIGURE_DIGIT})`, 'u');

/** Two figures joined by 及, 并, 和 or 、 with a few characters of their own between: one answer of two parts. */
const JOINED_FIGURES = new RegExp(`${FIGURE_DIGIT}[^，。；：\\d]{0,3}(?:及|并处?|和|、|以及)[^，。；：\\d]{0,4}${FIGURE_DIGIT}`, 'u');

/** What a rate is per, right before its figure (每平方公里, 每人). */
const PER_BEFORE = /每[^，。；：\d]{1,5}$/u;

/** A figure and what joins a second to it, right before a span: the span is the second (2比1, 5~32). */
const SECOND_FIGURE = new RegExp(`\\d\\s*(?:${SCORE_BETWEEN}|${RANGE_MARK})$`, 'u');

/** The figure inside a chosen span that holds figures but is none, for a figure asked: the nearest the question's words. */
export function theFigureInside(
  chosen: ScoredSpan | undefined,
  spans: readonly ScoredSpan[],
  question: AnalysedQuestion,
  gapOf: (scored: ScoredSentence, start: number, end: number) => number,
): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || question.twoParts) return chosen;
  const { candidate, scored } = chosen.proposal;
  if (candidate.kinds.includes('number') || !candidate.kinds.includes('has_number')) return chosen;
  const text = scored.sentence.text;
  // Two figures the clause joins as one answer (罚款30万元及监禁两年: the most one may be fined and
  // jailed) are answered together: the clause stays.
  if (JOINED_FIGURES.test(text.slice(candidate.start, candidate.end))) return chosen;
  const inside = (s: ScoredSpan) => {
    const c = s.proposal.candidate;
    if (s.proposal.scored !== scored || c.start < candidate.start || c.end > candidate.end || !c.kinds.includes('number') || c.kinds.includes('date')) return false;
    // A figure with its unit (142万台, 92%), whole: not a bare figure (17 of ZU-17, 182 of 182CM),
    // not one cut inside its unit (30亿 of 30亿越南盾), not one end of a score or a range (1 of 2比1).
    return UNIT_ENDED.test(c.text) && !UNIT_GOES_ON.test(text.slice(c.end)) && !SECOND_FIGURE.test(text.slice(0, c.start));
  };
  // Of several, the one beside the question's words (16人…受伤, not 其中2人), then the likeliest (spans come so).
  const gap = (s: ScoredSpan) => gapOf(s.proposal.scored, s.proposal.candidate.start, s.proposal.candidate.end);
  const figure = spans.filter(inside).sort((a, b) => gap(a) - gap(b))[0];
  if (!figure) return chosen;
  // A rate keeps what it is per (每平方公里69670人), when a span read gives it so.
  const per = PER_BEFORE.exec(text.slice(0, figure.proposal.candidate.start));
  const start = per ? figure.proposal.candidate.start - per[0].length : -1;
  return (per && spans.find((s) => s.proposal.scored === scored && s.proposal.candidate.start === start && s.proposal.candidate.end === figure.proposal.candidate.end)) || figure;
}
