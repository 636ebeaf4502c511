import type { AnalysedQuestion } from './analyse.js';
import { FIGURE_DIGIT } from './figures.js';
import type { ScoredSpan } from './read.js';

// "将今年资本支出由原订的220亿元上修至260亿元": a figure changed from one value to another. Asked
// what it is, or what it was raised to, the value it was changed to answers; the one it was changed
// from only where the question asks what it was before (原订, 原来, from, originally).

/** 由 or 从 and a few words (原订的, 原先) before the value a figure was changed from. */
const FROM_BEFORE = /[由从][^，。；：]{0,4}$/u;

/**
 * From the value changed from to the new one: a figure, its unit and the verb of change (亿元上修, 小时提升),
 * then 至, 到, 为 or 成, right before the new figure.
 */
const FROM_TO = new RegExp(`^[^，。；：]*?\\d(\\p{Script=Han}{0,3}?)[^，。；：\\d]{0,4}?(?:至|到|为|成)(?=${FIGURE_DIGIT})`, 'u');

/** A question asking the value before the change. */
const ASKS_BEFORE = /原[订定来先本计]|此前|之前|调整前|由多少|从多少|\bfrom\b|\boriginal(?:ly)?\b|\bbefore\b|\bprevious(?:ly)?\b/iu;

/** The span of the value a chosen figure was changed to, when the chosen one is the value changed from. */
export function theValueChangedTo(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || (question.type !== 'number' && question.type !== 'duration') || ASKS_BEFORE.test(question.text)) return chosen;
  const { candidate, scored } = chosen.proposal;
  const text = scored.sentence.text;
  if (!FROM_BEFORE.test(text.slice(0, candidate.start))) return chosen;
  // The chosen span may be the first value alone (220亿元) or run on to the new one (49克降至38克).
  const to = FROM_TO.exec(text.slice(candidate.start));
  if (!to) return chosen;
  const at = candidate.start + to[0].length;
  const unit = to[1];
  const next = spans.find((s) => s.proposal.scored === scored && s.proposal.candidate.start === at && s.proposal.candidate.kinds.includes('number') && (!unit || s.proposal.candidate.text.endsWith(unit)));
  return next ?? chosen;
}
